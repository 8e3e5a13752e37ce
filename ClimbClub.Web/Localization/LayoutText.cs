namespace ClimbClub.Web.Localization;

/// <summary>Marker for the LayoutText.resx resources.</summary>
public sealed class LayoutText;

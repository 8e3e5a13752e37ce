namespace ClimbClub.Web.Localization;

/// <summary>Marker for the AdminText.resx resources.</summary>
public sealed class AdminText;

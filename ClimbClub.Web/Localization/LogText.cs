namespace ClimbClub.Web.Localization;

/// <summary>Marker for the LogText.resx resources (the bouldering log and its officer review).</summary>
public sealed class LogText;

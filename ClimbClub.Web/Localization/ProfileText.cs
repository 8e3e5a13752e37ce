namespace ClimbClub.Web.Localization;

/// <summary>Marker for the ProfileText.resx resources (my page, member profiles, stats, export and account deletion).</summary>
public sealed class ProfileText;

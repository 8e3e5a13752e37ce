namespace ClimbClub.Web.Localization;

/// <summary>Marker for the MailText.resx resources.</summary>
public sealed class MailText;

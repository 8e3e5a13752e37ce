namespace ClimbClub.Web.Localization;

/// <summary>Marker for the NotificationText.resx resources (the notification centre and what each kind of news says).</summary>
public sealed class NotificationText;

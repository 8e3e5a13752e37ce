namespace ClimbClub.Web.Localization;

/// <summary>Marker for the AccountText.resx resources.</summary>
public sealed class AccountText;

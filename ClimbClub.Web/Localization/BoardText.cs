namespace ClimbClub.Web.Localization;

/// <summary>Marker for the BoardText.resx resources (leaderboards and the gym screen).</summary>
public sealed class BoardText;

namespace ClimbClub.Web.Localization;

/// <summary>Marker for the ChallengeText.resx resources (challenges, progress and badges).</summary>
public sealed class ChallengeText;

namespace ClimbClub.Web.Components.Pages.Leaderboard;

public enum BoardTab
{
    Weekly,
    Generation,
    AllTime,
}

/// <summary>Which board the leaderboard page shows: a tab, and within it the week or the generation.</summary>
public sealed record BoardChoice(BoardTab Tab, bool PreviousWeek = false, int? GenerationId = null);

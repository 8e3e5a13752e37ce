using System.Globalization;

namespace ClimbClub.Web.Components.Pages.Leaderboard;

public enum BoardTab
{
    Weekly,
    Generation,
    AllTime,
}

/// <summary>
/// Which board the leaderboard page shows: a tab, and within it the week or the generation. The choice lives in the
/// page's address (<c>?board=generation&amp;generation=12</c>), so a board can be linked and opened straight away.
/// </summary>
public sealed record BoardChoice(BoardTab Tab, bool PreviousWeek = false, int? GenerationId = null)
{
    private const string LastWeek = "last-week";
    private const string Generation = "generation";
    private const string AllTime = "all-time";

    /// <summary>
    /// Reads the address's board (<c>week</c>, <c>last-week</c>, <c>generation</c> or <c>all-time</c>) and generation.
    /// Whatever it does not know reads as this week's board, and a generation
    /// id that is not a number as the current generation; whether an id exists is the leaderboard service's to say.
    /// </summary>
    public static BoardChoice Read(string? board, string? generation) => board switch
    {
        LastWeek => new(BoardTab.Weekly, PreviousWeek: true),
        Generation => new(BoardTab.Generation, GenerationId: int.TryParse(generation, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null),
        AllTime => new(BoardTab.AllTime),
        _ => new(BoardTab.Weekly),
    };

    /// <summary>The address's query for this choice; this week's board is the page's own address, with no query.</summary>
    public IReadOnlyDictionary<string, object?> Write() => new Dictionary<string, object?>
    {
        ["board"] = Tab switch
        {
            BoardTab.Generation => Generation,
            BoardTab.AllTime => AllTime,
            _ => PreviousWeek ? LastWeek : null,
        },
        ["generation"] = Tab == BoardTab.Generation ? GenerationId?.ToString(CultureInfo.InvariantCulture) : null,
    };
}

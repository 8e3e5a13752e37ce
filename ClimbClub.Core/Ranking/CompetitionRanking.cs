namespace ClimbClub.Core.Ranking;

/// <summary>An entry with its place: equal scores share a place and the next place skips (1, 2, 2, 4).</summary>
public sealed record Ranked<T>(int Rank, T Entry);

public static class CompetitionRanking
{
    /// <summary>
    /// Ranks by score, highest first. Entries with the same score share the rank; among them the order of
    /// <paramref name="entries"/> is kept, so callers pass them in the order they want ties shown.
    /// </summary>
    public static IReadOnlyList<Ranked<T>> Rank<T>(IEnumerable<T> entries, Func<T, decimal> score)
    {
        var ordered = entries.Select((entry, index) => (entry, index, score: score(entry)))
            .OrderByDescending(e => e.score).ThenBy(e => e.index)
            .ToList();
        var ranked = new List<Ranked<T>>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].score == ordered[i - 1].score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new Ranked<T>(rank, ordered[i].entry));
        }

        return ranked;
    }
}

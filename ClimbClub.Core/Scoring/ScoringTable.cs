namespace ClimbClub.Core.Scoring;

/// <summary>One entry of a <see cref="ScoringTable"/>: what a problem of a colour is worth, in half points, when the
/// colour is below (-1), at (0) or above (1) the member's level.</summary>
public readonly record struct ScoringTableEntry(int ColourId, int Comparison, int HalfPoints);

/// <summary>
/// A rule written out as a table, for scoring many sessions at once in the database. Both rules price a problem by
/// its colour and by how the colour's level compares with the member's, and points come in steps of 0.5, so a table
/// over every colour and the three comparisons, in whole half points, scores exactly what the rule scores. The table
/// is read from the rule itself (one problem at a time), never written out by hand.
/// </summary>
public static class ScoringTable
{
    private static readonly int[] Comparisons = [-1, 0, 1];

    public static IReadOnlyList<ScoringTableEntry> For(IScoringRule rule, IEnumerable<int> colourIds) =>
        [.. colourIds.SelectMany(colourId => Comparisons.Select(comparison =>
            new ScoringTableEntry(colourId, comparison, HalfPoints(rule.Score(0, [new ScoredLine(colourId, comparison, 1)]).Points))))];

    /// <summary>-1, 0 or 1: the colour's level below, at or above the member's.</summary>
    public static int Compare(int colourLevel, int memberLevel) => Math.Sign(colourLevel.CompareTo(memberLevel));

    private static int HalfPoints(decimal points) =>
        points * 2 == decimal.Truncate(points * 2)
            ? (int)(points * 2)
            : throw new InvalidOperationException($"A problem worth {points} points is not a whole number of half points.");
}

namespace ClimbClub.Core.Scoring;

/// <summary>Which rule a generation scores with. Admins choose per generation.</summary>
public enum ScoringRuleKind
{
    /// <summary>The reference club's rule: below the member's level 0.5, at it 1.0, above it 2.0 per problem.</summary>
    RelativeToLevel,

    /// <summary>Each colour is worth a fixed number of points per problem, from the colour scale.</summary>
    PointsPerColour,
}

/// <summary>One colour row of a session, as a rule needs it.</summary>
public readonly record struct ScoredLine(int ColourId, int ColourLevel, int Count);

/// <summary>Why a line scored what it did; pages word it.</summary>
public enum LineBasis
{
    BelowLevel,
    AtLevel,
    AboveLevel,
    ColourTable,
}

public sealed record LineScore(int ColourId, int Count, decimal PointsEach, LineBasis Basis)
{
    public decimal Points => PointsEach * Count;
}

public sealed record SessionScore(ScoringRuleKind Rule, IReadOnlyList<LineScore> Lines)
{
    public decimal Points => Lines.Sum(l => l.Points);
}

/// <summary>A pure scoring rule: the same lines and level always give the same score.</summary>
public interface IScoringRule
{
    ScoringRuleKind Kind { get; }

    SessionScore Score(int memberLevel, IEnumerable<ScoredLine> lines);
}

namespace ClimbClub.Core.Scoring;

/// <summary>Each problem scores by its colour against the member's level: below 0.5, at 1.0, above 2.0.</summary>
public sealed class RelativeToLevelRule : IScoringRule
{
    public const decimal Below = 0.5m;
    public const decimal At = 1.0m;
    public const decimal Above = 2.0m;

    public static RelativeToLevelRule Instance { get; } = new();

    public ScoringRuleKind Kind => ScoringRuleKind.RelativeToLevel;

    public SessionScore Score(int memberLevel, IEnumerable<ScoredLine> lines) =>
        new(Kind, lines.Select(line => line.ColourLevel.CompareTo(memberLevel) switch
        {
            < 0 => new LineScore(line.ColourId, line.Count, Below, LineBasis.BelowLevel),
            0 => new LineScore(line.ColourId, line.Count, At, LineBasis.AtLevel),
            _ => new LineScore(line.ColourId, line.Count, Above, LineBasis.AboveLevel),
        }).ToList());
}

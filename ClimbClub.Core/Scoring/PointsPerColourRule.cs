namespace ClimbClub.Core.Scoring;

/// <summary>Each problem scores the points its colour is worth in the table; the member's level does not matter.</summary>
public sealed class PointsPerColourRule(IReadOnlyDictionary<int, decimal> pointsByColourId) : IScoringRule
{
    public ScoringRuleKind Kind => ScoringRuleKind.PointsPerColour;

    public SessionScore Score(int memberLevel, IEnumerable<ScoredLine> lines) =>
        new(Kind, lines.Select(line => new LineScore(
            line.ColourId, line.Count, pointsByColourId.GetValueOrDefault(line.ColourId), LineBasis.ColourTable)).ToList());
}

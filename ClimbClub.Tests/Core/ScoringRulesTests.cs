using ClimbClub.Core.Scoring;

namespace ClimbClub.Tests.Core;

/// <summary>How a session's problems turn into points: relative to the stored level, or from the colour table.</summary>
public sealed class ScoringRulesTests
{
    private static readonly RelativeToLevelRule Relative = RelativeToLevelRule.Instance;

    private static readonly Dictionary<int, decimal> TablePoints = new() { [1] = 1.0m, [2] = 2.5m, [3] = 10m, [4] = 0m };

    private static readonly PointsPerColourRule Table = new(TablePoints);

    /// <summary>Four yellow, two orange, one blue and three red problems on the default scale (levels 2, 3, 5, 6).</summary>
    private static readonly ScoredLine[] SameClimbing = [Line(level: 2, count: 4), Line(level: 3, count: 2), Line(level: 5, count: 1), Line(level: 6, count: 3)];

    [Theory]
    [InlineData(5, 4, 1, 0.5, LineBasis.BelowLevel, 0.5)]
    [InlineData(5, 4, 3, 0.5, LineBasis.BelowLevel, 1.5)]
    [InlineData(5, 1, 200, 0.5, LineBasis.BelowLevel, 100)]
    [InlineData(5, 5, 1, 1.0, LineBasis.AtLevel, 1)]
    [InlineData(5, 5, 7, 1.0, LineBasis.AtLevel, 7)]
    [InlineData(5, 6, 1, 2.0, LineBasis.AboveLevel, 2)]
    [InlineData(5, 10, 200, 2.0, LineBasis.AboveLevel, 400)]
    [InlineData(1, 1, 4, 1.0, LineBasis.AtLevel, 4)]
    [InlineData(1, 2, 4, 2.0, LineBasis.AboveLevel, 8)]
    [InlineData(10, 9, 4, 0.5, LineBasis.BelowLevel, 2)]
    [InlineData(10, 10, 4, 1.0, LineBasis.AtLevel, 4)]
    public void TheRelativeRuleScoresEachProblemByItsColourAgainstTheLevel(
        int memberLevel, int colourLevel, int count, double pointsEach, LineBasis basis, double points)
    {
        var score = Relative.Score(memberLevel, [new ScoredLine(ColourId: 40 + colourLevel, colourLevel, count)]);

        var line = Assert.Single(score.Lines);
        Assert.Equal((40 + colourLevel, count, (decimal)pointsEach, basis), (line.ColourId, line.Count, line.PointsEach, line.Basis));
        Assert.Equal((decimal)points, line.Points);
        Assert.Equal((decimal)points, score.Points);
        Assert.Equal(ScoringRuleKind.RelativeToLevel, score.Rule);
    }

    [Fact]
    public void AMixedSessionAddsUpItsLinesInTheOrderGiven()
    {
        var score = Relative.Score(4, [Line(level: 7, count: 2), Line(level: 2, count: 4), Line(level: 4, count: 3)]);

        Assert.Equal(
            [(2, 2.0m, LineBasis.AboveLevel), (4, 0.5m, LineBasis.BelowLevel), (3, 1.0m, LineBasis.AtLevel)],
            score.Lines.Select(l => (l.Count, l.PointsEach, l.Basis)));
        Assert.Equal(4m + 2m + 3m, score.Points);
    }

    [Fact]
    public void ASessionWithoutLinesScoresNothing()
    {
        Assert.Equal(0m, Relative.Score(4, []).Points);
        Assert.Equal(0m, new PointsPerColourRule(new Dictionary<int, decimal> { [1] = 5m }).Score(4, []).Points);
    }

    [Theory]
    [InlineData(1, 4 * 2.0 + 2 * 2.0 + 1 * 2.0 + 3 * 2.0)]
    [InlineData(3, 4 * 0.5 + 2 * 1.0 + 1 * 2.0 + 3 * 2.0)]
    [InlineData(5, 4 * 0.5 + 2 * 0.5 + 1 * 1.0 + 3 * 2.0)]
    [InlineData(6, 4 * 0.5 + 2 * 0.5 + 1 * 0.5 + 3 * 1.0)]
    [InlineData(10, (4 + 2 + 1 + 3) * 0.5)]
    public void TheSameLinesScoreByTheLevelStoredOnTheSession(int storedLevel, double points)
    {
        Assert.Equal((decimal)points, Relative.Score(storedLevel, SameClimbing).Points);
    }

    [Fact]
    public void ASessionLoggedAtLevel3IsWorthMoreThanTheSameClimbingAtLevel6()
    {
        var atThree = Relative.Score(3, SameClimbing).Points;
        var atSix = Relative.Score(6, SameClimbing).Points;

        Assert.Equal((12m, 6.5m), (atThree, atSix));
    }

    [Theory]
    [InlineData(1, 3, 3 * 1.0)]
    [InlineData(2, 2, 2 * 2.5)]
    [InlineData(3, 200, 200 * 10.0)]
    [InlineData(4, 5, 5 * 0.0)]
    [InlineData(99, 5, 0)]
    public void ThePointsTableScoresEachProblemAtItsColoursPoints(int colourId, int count, double points)
    {
        var score = Table.Score(4, [new ScoredLine(colourId, ColourLevel: 3, count)]);

        var line = Assert.Single(score.Lines);
        Assert.Equal(LineBasis.ColourTable, line.Basis);
        Assert.Equal((decimal)points, score.Points);
        Assert.Equal(ScoringRuleKind.PointsPerColour, score.Rule);
    }

    [Fact]
    public void AColourMissingFromTheTableScoresZeroAndTheOtherLinesStillCount()
    {
        var score = Table.Score(4, [new ScoredLine(2, 2, 4), new ScoredLine(77, 7, 6)]);

        Assert.Equal([10m, 0m], score.Lines.Select(l => l.Points));
        Assert.Equal(10m, score.Points);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void ThePointsTableIgnoresTheMembersLevel(int memberLevel)
    {
        var score = Table.Score(memberLevel, [new ScoredLine(1, 1, 2), new ScoredLine(2, 2, 2), new ScoredLine(3, 3, 1)]);

        Assert.Equal(2m + 5m + 10m, score.Points);
    }

    [Theory]
    [InlineData(null, ScoringRuleKind.RelativeToLevel)]
    [InlineData(ScoringRuleKind.RelativeToLevel, ScoringRuleKind.RelativeToLevel)]
    [InlineData(ScoringRuleKind.PointsPerColour, ScoringRuleKind.PointsPerColour)]
    public void TheGenerationsChoicePicksTheRule(ScoringRuleKind? generationRule, ScoringRuleKind expected)
    {
        Assert.Equal(expected, ScoringRules.For(generationRule, TablePoints).Kind);
    }

    [Fact]
    public void ThePickedTableRuleScoresWithTheTableItWasGiven()
    {
        var lines = new[] { new ScoredLine(2, 2, 4) };

        Assert.Equal(10m, ScoringRules.For(ScoringRuleKind.PointsPerColour, TablePoints).Score(5, lines).Points);
        Assert.Equal(2m, ScoringRules.For(ScoringRuleKind.RelativeToLevel, TablePoints).Score(5, lines).Points);
        Assert.Same(RelativeToLevelRule.Instance, ScoringRules.For(null, TablePoints));
    }

    private static ScoredLine Line(int level, int count) => new(ColourId: level, ColourLevel: level, Count: count);
}

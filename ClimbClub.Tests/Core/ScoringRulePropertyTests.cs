using ClimbClub.Core.Scoring;

namespace ClimbClub.Tests.Core;

/// <summary>Properties both scoring rules keep over thousands of random sessions (seeded, so a failure repeats).</summary>
public sealed class ScoringRulePropertyTests
{
    private const int Cases = 5000;

    [Theory]
    [InlineData(7)]
    [InlineData(20261130)]
    public void TheRelativeRuleScoresEachProblemByItsColourAgainstTheLevelAndNothingElse(int seed)
    {
        var random = new Random(seed);
        var rule = RelativeToLevelRule.Instance;
        for (var i = 0; i < Cases; i++)
        {
            var level = random.Next(1, 11);
            var lines = RandomLines(random);

            var score = rule.Score(level, lines);

            var expected = lines.Sum(l => l.Count * (l.ColourLevel < level ? 0.5m : l.ColourLevel == level ? 1m : 2m));
            Assert.Equal(expected, score.Points);
            Assert.Equal(0m, score.Points % 0.5m);
            Assert.Equal(score.Points, rule.Score(level, lines.AsEnumerable().Reverse()).Points);
            Assert.True(rule.Score(Math.Min(10, level + 1), lines).Points <= score.Points, "A higher level never scores more for the same problems.");
            var cut = random.Next(lines.Length + 1);
            Assert.Equal(score.Points, rule.Score(level, lines[..cut]).Points + rule.Score(level, lines[cut..]).Points);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(20261201)]
    public void TheColourTableScoresTheSameWhateverTheLevelAndUnknownColoursScoreNothing(int seed)
    {
        var random = new Random(seed);
        var table = Enumerable.Range(1, 10).ToDictionary(id => id, _ => random.Next(0, 41) / 2m);
        var rule = new PointsPerColourRule(table);
        for (var i = 0; i < Cases; i++)
        {
            var lines = RandomLines(random);

            var score = rule.Score(random.Next(1, 11), lines);

            Assert.Equal(lines.Sum(l => l.Count * table.GetValueOrDefault(l.ColourId)), score.Points);
            Assert.Equal(score.Points, rule.Score(random.Next(1, 11), lines).Points);
            Assert.True(score.Points >= 0);
            Assert.All(score.Lines, l => Assert.Equal(LineBasis.ColourTable, l.Basis));
        }
    }

    /// <summary>The table the ranking job scores with in the database gives every session the points the rule gives.</summary>
    [Theory]
    [InlineData(ScoringRuleKind.RelativeToLevel, 13)]
    [InlineData(ScoringRuleKind.PointsPerColour, 17)]
    [InlineData(ScoringRuleKind.PointsPerColour, 20261130)]
    public void EitherRuleWrittenOutAsATableScoresEverySessionAsTheRuleDoes(ScoringRuleKind kind, int seed)
    {
        var random = new Random(seed);
        var rule = ScoringRules.For(kind, Enumerable.Range(1, 10).ToDictionary(id => id, _ => random.Next(0, 201) / 2m));
        var table = ScoringTable.For(rule, Enumerable.Range(1, 12)).ToDictionary(e => (e.ColourId, e.Comparison), e => e.HalfPoints);
        for (var i = 0; i < Cases; i++)
        {
            var level = random.Next(1, 11);
            var lines = RandomLines(random);

            var halfPoints = lines.Sum(l => l.Count * table[(l.ColourId, ScoringTable.Compare(l.ColourLevel, level))]);

            Assert.Equal(rule.Score(level, lines).Points, halfPoints / 2m);
        }
    }

    [Fact]
    public void ATableRefusesARuleThatPricesAProblemOffTheHalfPointSteps()
    {
        var rule = new PointsPerColourRule(new Dictionary<int, decimal> { [1] = 1.25m });

        Assert.Throws<InvalidOperationException>(() => ScoringTable.For(rule, [1]));
    }

    /// <summary>Up to eight rows of distinct colours (ids 1..12, 11 and 12 unknown to the table), 1..200 problems each.</summary>
    private static ScoredLine[] RandomLines(Random random) => Enumerable.Range(1, 12)
        .OrderBy(_ => random.Next())
        .Take(random.Next(0, 9))
        .Select(id => new ScoredLine(id, Math.Min(10, id), random.Next(1, 201)))
        .ToArray();
}

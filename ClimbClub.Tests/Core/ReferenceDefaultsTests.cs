using System.Globalization;
using ClimbClub.Core.Reference;

namespace ClimbClub.Tests.Core;

/// <summary>What a new club starts with: three yearly generations from March, the colour scale and a few gyms.</summary>
public sealed class ReferenceDefaultsTests
{
    public static TheoryData<string> DaysOfTheYear => new()
    {
        "2026-03-01",
        "2026-06-15",
        "2026-12-31",
        "2027-01-01",
        "2027-02-28",
        "2028-02-29",
        "2028-03-01",
    };

    [Theory]
    [MemberData(nameof(DaysOfTheYear))]
    public void TheCurrentGenerationContainsToday(string today)
    {
        var day = Day(today);

        var current = Generations.Current(ReferenceDefaults.Generations(day, currentNumber: 12), day);

        Assert.NotNull(current);
        Assert.Equal(12, current.Number);
    }

    [Theory]
    [MemberData(nameof(DaysOfTheYear))]
    public void TheThreeGenerationsFollowEachOtherWithoutGapOrOverlap(string today)
    {
        var generations = ReferenceDefaults.Generations(Day(today), currentNumber: 12);

        Assert.Equal([10, 11, 12], generations.Select(g => g.Number));
        for (var i = 1; i < generations.Count; i++)
        {
            Assert.Equal(generations[i - 1].EndDate.AddDays(1), generations[i].StartDate);
            Assert.False(generations[i - 1].Overlaps(generations[i].StartDate, generations[i].EndDate));
        }
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01", "2027-02-28")]
    [InlineData("2026-12-31", "2026-03-01", "2027-02-28")]
    [InlineData("2027-01-15", "2026-03-01", "2027-02-28")]
    [InlineData("2026-02-28", "2025-03-01", "2026-02-28")]
    [InlineData("2028-02-29", "2027-03-01", "2028-02-29")]
    public void AGenerationRunsFromMarchToTheEndOfFebruary(string today, string start, string end)
    {
        var current = ReferenceDefaults.Generations(Day(today)).Single(g => g.Number == 12);

        Assert.Equal((Day(start), Day(end)), (current.StartDate, current.EndDate));
    }

    [Fact]
    public void TheEarliestGenerationStartsTwoYearsBeforeTheCurrentOne()
    {
        var generations = ReferenceDefaults.Generations(new DateOnly(2026, 5, 1));

        Assert.Equal(new DateOnly(2024, 3, 1), generations[0].StartDate);
        Assert.Equal(new DateOnly(2025, 2, 28), generations[0].EndDate);
    }

    [Fact]
    public void GenerationsAreNumberedUpToTheCurrentNumber()
    {
        var generations = ReferenceDefaults.Generations(new DateOnly(2026, 5, 1), currentNumber: 3);

        Assert.Equal([1, 2, 3], generations.Select(g => g.Number));
    }

    [Fact]
    public void TheColourScaleRunsFromLevel1ToLevel10WithValidColours()
    {
        var colours = ReferenceDefaults.Colours();
        var validator = new ColourInputValidator(CoreText.Localizer);

        Assert.Equal(Enumerable.Range(1, 10), colours.Select(c => c.Level));
        Assert.Equal(colours.Count, colours.Select(c => c.Name).Distinct().Count());
        Assert.All(colours, c => Assert.Empty(validator.Check(new ColourInput { Name = c.Name, DisplayColor = c.DisplayColor })));
    }

    [Fact]
    public void TheDefaultGymsPassTheGymRules()
    {
        var gyms = ReferenceDefaults.Gyms();
        var validator = new GymInputValidator(CoreText.Localizer);

        Assert.NotEmpty(gyms);
        Assert.All(gyms, g => Assert.Empty(validator.Check(new GymInput { Name = g.Name })));
    }

    [Fact]
    public void TheDefaultGenerationsPassTheGenerationRules()
    {
        var validator = new GenerationInputValidator(CoreText.Localizer);

        Assert.All(
            ReferenceDefaults.Generations(new DateOnly(2026, 5, 1)),
            g => Assert.Empty(validator.Check(new GenerationInput { Number = g.Number, StartDate = g.StartDate, EndDate = g.EndDate })));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}

using ClimbClub.Core.Reference;

namespace ClimbClub.Tests.Core;

/// <summary>Date ranges of generations: which one a day belongs to, and which ranges clash.</summary>
public sealed class GenerationsTests
{
    private static readonly Generation Eleventh = Make(id: 7, number: 11, new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28));
    private static readonly Generation Twelfth = Make(id: 3, number: 12, new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28));
    private static readonly Generation Thirteenth = Make(id: 5, number: 13, new DateOnly(2027, 3, 1), new DateOnly(2028, 2, 29));

    [Theory]
    [InlineData("2026-02-28", false)]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-09-15", true)]
    [InlineData("2027-02-28", true)]
    [InlineData("2027-03-01", false)]
    public void AGenerationContainsItsFirstAndLastDay(string day, bool contained)
    {
        Assert.Equal(contained, Twelfth.Contains(Day(day)));
    }

    [Theory]
    [InlineData("2025-03-01", "2026-02-28", false)]
    [InlineData("2027-03-01", "2028-02-29", false)]
    [InlineData("2025-03-01", "2026-03-01", true)]
    [InlineData("2027-02-28", "2028-02-29", true)]
    [InlineData("2026-06-01", "2026-06-30", true)]
    [InlineData("2020-01-01", "2030-12-31", true)]
    [InlineData("2026-03-01", "2026-03-01", true)]
    [InlineData("2027-02-28", "2027-02-28", true)]
    public void RangesOverlapWhenTheyShareAtLeastOneDay(string start, string end, bool overlaps)
    {
        Assert.Equal(overlaps, Twelfth.Overlaps(Day(start), Day(end)));
    }

    [Theory]
    [InlineData("2025-03-01", 11)]
    [InlineData("2026-02-28", 11)]
    [InlineData("2026-03-01", 12)]
    [InlineData("2027-02-28", 12)]
    [InlineData("2027-03-01", 13)]
    [InlineData("2028-02-29", 13)]
    public void TheCurrentGenerationIsTheOneContainingToday(string today, int number)
    {
        Assert.Equal(number, Generations.Current([Thirteenth, Eleventh, Twelfth], Day(today))?.Number);
    }

    [Theory]
    [InlineData("2025-02-28")]
    [InlineData("2028-03-01")]
    public void ThereIsNoCurrentGenerationOutsideEveryRange(string today)
    {
        Assert.Null(Generations.Current([Eleventh, Twelfth, Thirteenth], Day(today)));
    }

    [Theory]
    [InlineData("2026-09-15", null, 12)]
    [InlineData("2030-01-01", null, 13)]
    [InlineData("2020-01-01", null, 13)]
    [InlineData("2026-09-15", 7, 11)]
    [InlineData("2026-09-15", 99, null)]
    public void APageShowsTheGenerationAskedForElseTheCurrentElseTheLatest(string today, int? asked, int? number)
    {
        Generation[] unordered = [Twelfth, Thirteenth, Eleventh];

        Assert.Equal(number, Generations.Chosen(unordered, asked, Day(today))?.Number);
    }

    [Fact]
    public void WithNoGenerationsThereIsNoneToShow() => Assert.Null(Generations.CurrentOrLatest([], Day("2026-09-15")));

    [Fact]
    public void ARangeBetweenGenerationsClashesWithNone()
    {
        var gap = Make(id: 9, number: 20, new DateOnly(2030, 3, 1), new DateOnly(2031, 2, 28));

        Assert.Null(Generations.FirstOverlap([Eleventh, Twelfth, Thirteenth, gap], new DateOnly(2028, 3, 1), new DateOnly(2030, 2, 28)));
    }

    [Fact]
    public void TheLowestNumberedClashIsReportedWhateverTheListOrder()
    {
        var clash = Generations.FirstOverlap([Thirteenth, Twelfth, Eleventh], new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30));

        Assert.Same(Eleventh, clash);
    }

    [Fact]
    public void AGenerationBeingEditedDoesNotClashWithItself()
    {
        Assert.Null(Generations.FirstOverlap([Eleventh, Twelfth, Thirteenth], new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28), exceptId: Twelfth.Id));
    }

    [Fact]
    public void AnEditedGenerationStillClashesWithItsNeighbours()
    {
        var clash = Generations.FirstOverlap([Thirteenth, Twelfth, Eleventh], new DateOnly(2026, 2, 28), new DateOnly(2027, 3, 1), exceptId: Twelfth.Id);

        Assert.Same(Eleventh, clash);
    }

    [Fact]
    public void ExceptingTheLowestClashReportsTheNextOne()
    {
        var clash = Generations.FirstOverlap([Eleventh, Twelfth, Thirteenth], new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30), exceptId: Eleventh.Id);

        Assert.Same(Twelfth, clash);
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Generation Make(int id, int number, DateOnly start, DateOnly end) => new()
    {
        Id = id,
        Number = number,
        StartDate = start,
        EndDate = end,
    };
}

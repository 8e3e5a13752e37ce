using System.Globalization;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;

namespace ClimbClub.Tests.Core;

/// <summary>
/// Ranking weeks: counted from a generation's first day inside it, ISO weeks (Monday first) between generations,
/// open for 14 days after their last day, and always in club time.
/// </summary>
public sealed class ClubWeeksTests
{
    /// <summary>Back to back, as the seeded generations are: the 11th starts on a Saturday, the 12th on a Sunday.</summary>
    private static readonly Generation[] Yearly =
    [
        Make(id: 11, number: 11, "2025-03-01", "2026-02-28"),
        Make(id: 12, number: 12, "2026-03-01", "2027-02-28"),
    ];

    /// <summary>Two terms with a summer between them; both start on a Wednesday, so ISO weeks are cut at their edges.</summary>
    private static readonly Generation[] Terms =
    [
        Make(id: 21, number: 21, "2026-03-04", "2026-06-20"),
        Make(id: 22, number: 22, "2026-09-02", "2026-12-18"),
    ];

    private readonly ClubCalendar seoul = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));

    [Theory]
    [InlineData("2026-03-01", 1, "2026-03-01", "2026-03-07")]
    [InlineData("2026-03-04", 1, "2026-03-01", "2026-03-07")]
    [InlineData("2026-03-07", 1, "2026-03-01", "2026-03-07")]
    [InlineData("2026-03-08", 2, "2026-03-08", "2026-03-14")]
    [InlineData("2026-03-14", 2, "2026-03-08", "2026-03-14")]
    [InlineData("2026-03-15", 3, "2026-03-15", "2026-03-21")]
    [InlineData("2026-12-31", 44, "2026-12-27", "2027-01-02")]
    [InlineData("2027-02-27", 52, "2027-02-21", "2027-02-27")]
    public void AGenerationWeekCountsSevenDaysFromTheGenerationsFirstDay(string day, int number, string start, string end)
    {
        var week = ClubWeeks.Of(Day(day), Yearly);

        Assert.Equal((Day(start), Day(end), (int?)12, number, 2026), (week.Start, week.End, week.GenerationId, week.Number, week.Year));
    }

    [Theory]
    [InlineData("2027-02-28", false, 12, 53, "2027-02-28", "2027-02-28")]
    [InlineData("2026-06-17", true, 21, 16, "2026-06-17", "2026-06-20")]
    [InlineData("2026-06-20", true, 21, 16, "2026-06-17", "2026-06-20")]
    [InlineData("2026-12-18", true, 22, 16, "2026-12-16", "2026-12-18")]
    public void TheLastWeekOfAGenerationEndsOnItsLastDay(string day, bool terms, int generationId, int number, string start, string end)
    {
        var week = ClubWeeks.Of(Day(day), terms ? Terms : Yearly);

        Assert.Equal((Day(start), Day(end), (int?)generationId, number), (week.Start, week.End, week.GenerationId, week.Number));
    }

    [Fact]
    public void TheLastDayOfOneGenerationAndTheFirstOfTheNextAreDifferentWeeks()
    {
        var last = ClubWeeks.Of(Day("2026-02-28"), Yearly);
        var first = ClubWeeks.Of(Day("2026-03-01"), Yearly);

        Assert.Equal((Day("2026-02-28"), Day("2026-02-28"), (int?)11, 53, 2025), (last.Start, last.End, last.GenerationId, last.Number, last.Year));
        Assert.Equal((Day("2026-03-01"), Day("2026-03-07"), (int?)12, 1, 2026), (first.Start, first.End, first.GenerationId, first.Number, first.Year));
        Assert.NotEqual(last.Key, first.Key);
    }

    [Theory]
    [InlineData("2026-07-15", "2026-07-13", "2026-07-19", 2026, 29)]
    [InlineData("2026-07-13", "2026-07-13", "2026-07-19", 2026, 29)]
    [InlineData("2026-07-19", "2026-07-13", "2026-07-19", 2026, 29)]
    [InlineData("2026-01-01", "2025-12-29", "2026-01-04", 2026, 1)]
    [InlineData("2025-12-29", "2025-12-29", "2026-01-04", 2026, 1)]
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03", 2026, 53)]
    public void OutsideEveryGenerationAWeekIsTheIsoWeekFromMonday(string day, string start, string end, int year, int number)
    {
        var week = ClubWeeks.Of(Day(day), Terms);

        Assert.Equal((Day(start), Day(end), (int?)null, year, number), (week.Start, week.End, week.GenerationId, week.Year, week.Number));
        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02", "2026-03-03", 10)]
    [InlineData("2026-03-03", "2026-03-02", "2026-03-03", 10)]
    [InlineData("2026-06-21", "2026-06-21", "2026-06-21", 25)]
    [InlineData("2026-08-31", "2026-08-31", "2026-09-01", 36)]
    [InlineData("2026-09-01", "2026-08-31", "2026-09-01", 36)]
    [InlineData("2026-12-19", "2026-12-19", "2026-12-20", 51)]
    [InlineData("2026-12-20", "2026-12-19", "2026-12-20", 51)]
    public void DaysOfAnIsoWeekThatFallInsideAGenerationAreCutOff(string day, string start, string end, int number)
    {
        var week = ClubWeeks.Of(Day(day), Terms);

        Assert.Equal((Day(start), Day(end), (int?)null, number), (week.Start, week.End, week.GenerationId, week.Number));
        Assert.DoesNotContain(Terms, g => g.Overlaps(week.Start, week.End));
    }

    [Theory]
    [InlineData("2026-03-01", false, "2026-03-01")]
    [InlineData("2026-03-13", false, "2026-03-08")]
    [InlineData("2026-02-28", false, "2026-02-28")]
    [InlineData("2026-07-15", true, "2026-07-13")]
    [InlineData("2026-06-21", true, "2026-06-21")]
    [InlineData("2026-09-01", true, "2026-08-31")]
    public void AWeeksKeyIsItsFirstDay(string day, bool terms, string key)
    {
        Assert.Equal(key, ClubWeeks.Of(Day(day), terms ? Terms : Yearly).Key);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-02-28", "2026-02-28", 11)]
    [InlineData("2026-03-08", "2026-03-01", "2026-03-07", 12)]
    [InlineData("2025-03-01", "2025-02-24", "2025-02-28", null)]
    public void ThePreviousWeekOfYearlyGenerationsCrossesTheirEdges(string weekStart, string start, string end, int? generationId)
    {
        var previous = ClubWeeks.Previous(ClubWeeks.Of(Day(weekStart), Yearly), Yearly);

        Assert.Equal((Day(start), Day(end), generationId), (previous.Start, previous.End, previous.GenerationId));
    }

    [Theory]
    [InlineData("2026-03-04", "2026-03-02", "2026-03-03", null)]
    [InlineData("2026-06-21", "2026-06-17", "2026-06-20", 21)]
    [InlineData("2026-06-22", "2026-06-21", "2026-06-21", null)]
    [InlineData("2026-09-02", "2026-08-31", "2026-09-01", null)]
    [InlineData("2026-09-09", "2026-09-02", "2026-09-08", 22)]
    public void ThePreviousWeekOfTermsCrossesIntoAndOutOfIsoWeeks(string weekStart, string start, string end, int? generationId)
    {
        var previous = ClubWeeks.Previous(ClubWeeks.Of(Day(weekStart), Terms), Terms);

        Assert.Equal((Day(start), Day(end), generationId), (previous.Start, previous.End, previous.GenerationId));
    }

    [Fact]
    public void BetweenListsTheWeeksAcrossTheEndOfATerm()
    {
        var weeks = ClubWeeks.Between(Day("2026-06-10"), Day("2026-06-23"), Terms);

        Assert.Equal(
            [("2026-06-10", "2026-06-16", (int?)21), ("2026-06-17", "2026-06-20", 21), ("2026-06-21", "2026-06-21", null), ("2026-06-22", "2026-06-28", null)],
            weeks.Select(w => (Iso(w.Start), Iso(w.End), w.GenerationId)));
    }

    [Fact]
    public void BetweenListsTheWeeksAcrossTheEdgeOfTwoGenerations()
    {
        var weeks = ClubWeeks.Between(Day("2026-02-20"), Day("2026-03-09"), Yearly);

        Assert.Equal(
            [("2026-02-14", "2026-02-20", 51), ("2026-02-21", "2026-02-27", 52), ("2026-02-28", "2026-02-28", 53), ("2026-03-01", "2026-03-07", 1), ("2026-03-08", "2026-03-14", 2)],
            weeks.Select(w => (Iso(w.Start), Iso(w.End), w.Number)));
    }

    [Theory]
    [InlineData("2026-05-05", "2026-05-05", 1)]
    [InlineData("2026-03-01", "2026-03-07", 1)]
    [InlineData("2026-03-07", "2026-03-08", 2)]
    public void BetweenStartsWithTheWeekOfTheFirstDayAndEndsWithTheWeekOfTheLast(string from, string to, int count)
    {
        var weeks = ClubWeeks.Between(Day(from), Day(to), Yearly);

        Assert.Equal(count, weeks.Count);
        Assert.True(weeks[0].Contains(Day(from)));
        Assert.True(weeks[^1].Contains(Day(to)));
    }

    [Theory]
    [InlineData("2025-12-01", "2027-03-31", true)]
    [InlineData("2025-12-01", "2027-03-31", false)]
    [InlineData("2026-06-01", "2026-09-30", true)]
    public void BetweenCoversEveryDayOnceWithConsecutiveWeeks(string from, string to, bool terms)
    {
        var generations = terms ? Terms : Yearly;

        var weeks = ClubWeeks.Between(Day(from), Day(to), generations);

        Assert.True(weeks[0].Contains(Day(from)));
        Assert.True(weeks[^1].Contains(Day(to)));
        Assert.All(weeks.Zip(weeks.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
        Assert.All(weeks, w => Assert.InRange(w.End.DayNumber - w.Start.DayNumber, 0, 6));
        Assert.All(weeks, w => Assert.Equal(w, ClubWeeks.Of(w.Start, generations)));
        Assert.All(weeks, w => Assert.Equal(w, ClubWeeks.Of(w.End, generations)));
        Assert.Equal(weeks.Count, weeks.Select(w => w.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("2026-03-05", false)]
    [InlineData("2026-03-07", false)]
    [InlineData("2026-03-08", false)]
    [InlineData("2026-03-21", false)]
    [InlineData("2026-03-22", true)]
    [InlineData("2026-06-01", true)]
    public void AWeekStaysOpenFor14DaysAfterItsLastDayAndThenFreezes(string today, bool frozen)
    {
        var week = ClubWeeks.Of(Day("2026-03-03"), Yearly);

        Assert.Equal(frozen, week.IsFrozenOn(Day(today)));
    }

    [Theory]
    [InlineData("2027-03-14", false)]
    [InlineData("2027-03-15", true)]
    public void AOneDayLastWeekFreezes15DaysAfterThatDay(string today, bool frozen)
    {
        Assert.Equal(frozen, ClubWeeks.Of(Day("2027-02-28"), Yearly).IsFrozenOn(Day(today)));
    }

    [Theory]
    [InlineData("2026-03-22", "2026-03-08", false)]
    [InlineData("2026-03-21", "2026-03-01", false)]
    [InlineData("2026-03-10", "2026-02-21", false)]
    [InlineData("2026-03-14", "2026-02-28", false)]
    [InlineData("2026-07-01", "2026-06-17", true)]
    [InlineData("2026-07-05", "2026-06-21", true)]
    [InlineData("2026-07-06", "2026-06-22", true)]
    public void TheOpenWindowStartsWithTheEarliestWeekNotYetFrozen(string today, string windowStart, bool terms)
    {
        var generations = terms ? Terms : Yearly;

        var start = ClubWeeks.OpenWindowStart(Day(today), generations);

        Assert.Equal(Day(windowStart), start);
        Assert.False(ClubWeeks.Of(start, generations).IsFrozenOn(Day(today)));
        Assert.True(ClubWeeks.Previous(ClubWeeks.Of(start, generations), generations).IsFrozenOn(Day(today)));
    }

    [Theory]
    [InlineData("2026-07-12T14:59:59Z", "2026-07-06", 28)]
    [InlineData("2026-07-12T15:00:00Z", "2026-07-13", 29)]
    [InlineData("2026-07-12T23:30:00Z", "2026-07-13", 29)]
    [InlineData("2026-07-19T14:59:59Z", "2026-07-13", 29)]
    public void AnIsoWeekTurnsAtMidnightInSeoulNotInUtc(string instant, string weekStart, int number)
    {
        var week = ClubWeeks.Of(seoul.DateOf(Instant(instant)), Terms);

        Assert.Equal((Day(weekStart), number), (week.Start, week.Number));
    }

    [Theory]
    [InlineData("2026-03-07T14:59:59Z", 12, 1)]
    [InlineData("2026-03-07T15:00:00Z", 12, 2)]
    [InlineData("2026-02-28T14:59:59Z", 11, 53)]
    [InlineData("2026-02-28T15:00:00Z", 12, 1)]
    public void AGenerationWeekTurnsAtMidnightInSeoulNotInUtc(string instant, int generationId, int number)
    {
        var week = ClubWeeks.Of(seoul.DateOf(Instant(instant)), Yearly);

        Assert.Equal(((int?)generationId, number), (week.GenerationId, week.Number));
    }

    [Theory]
    [InlineData("2026-03-21T14:59:59Z", false)]
    [InlineData("2026-03-21T15:00:00Z", true)]
    public void AWeekFreezesAtMidnightInSeoul(string instant, bool frozen)
    {
        var week = ClubWeeks.Of(Day("2026-03-03"), Yearly);

        Assert.Equal(frozen, week.IsFrozenOn(seoul.DateOf(Instant(instant))));
    }

    private static Generation Make(int id, int number, string start, string end) => new()
    {
        Id = id,
        Number = number,
        StartDate = Day(start),
        EndDate = Day(end),
    };

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}

using System.Globalization;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Stats;

namespace ClimbClub.Tests.Core;

/// <summary>
/// Streaks of club weeks climbed. The generation below starts on Sunday 2026-03-01, so its weeks run Sunday to
/// Saturday: week 1 is 03-01..03-07, week 2 is 03-08..03-14, and so on; before it, ISO weeks (Monday first) apply.
/// </summary>
public sealed class StreaksTests
{
    private static readonly Generation[] Twelfth =
    [
        new() { Id = 12, Number = 12, StartDate = Day("2026-03-01"), EndDate = Day("2027-02-28") },
    ];

    [Theory]
    [InlineData("", 0, null, null)]
    [InlineData("2026-03-03", 1, "2026-03-01", "2026-03-07")]
    [InlineData("2026-03-01 2026-03-07", 1, "2026-03-01", "2026-03-07")]
    [InlineData("2026-03-07 2026-03-08", 2, "2026-03-01", "2026-03-14")]
    [InlineData("2026-03-02 2026-03-09 2026-03-16 2026-03-30", 3, "2026-03-01", "2026-03-21")]
    [InlineData("2026-03-02 2026-03-23 2026-03-30 2026-04-06", 3, "2026-03-22", "2026-04-11")]
    [InlineData("2026-03-02 2026-03-09 2026-03-23 2026-03-30", 2, "2026-03-01", "2026-03-14")]
    public void TheLongestStreakIsTheLongestRunOfWeeksWithASession(string days, int longest, string? from, string? to)
    {
        var streaks = Streaks.Of(Weeks("2026-03-01", "2026-04-30"), Days(days), Day("2026-05-20"));

        Assert.Equal((longest, from is null ? (DateOnly?)null : Day(from), to is null ? (DateOnly?)null : Day(to)), (streaks.Longest, streaks.LongestFrom, streaks.LongestTo));
    }

    [Theory]
    [InlineData("2026-03-19 2026-03-26", "2026-03-27", 2)]
    [InlineData("2026-03-19 2026-03-26", "2026-03-29", 2)]
    [InlineData("2026-03-19 2026-03-26", "2026-04-05", 0)]
    [InlineData("2026-03-19 2026-03-26 2026-03-29", "2026-03-29", 3)]
    [InlineData("2026-03-12 2026-03-29", "2026-03-30", 1)]
    [InlineData("", "2026-03-30", 0)]
    public void TheCurrentStreakEndsThisWeekOrLastWeekWhileThisWeekIsStillEmpty(string days, string today, int current)
    {
        var streaks = Streaks.Of(Weeks("2026-03-01", today), Days(days), Day(today));

        Assert.Equal(current, streaks.Current);
    }

    [Fact]
    public void APeriodThatEndsBeforeTodayHasNoCurrentStreak()
    {
        var streaks = Streaks.Of(Weeks("2026-03-01", "2026-03-31"), Days("2026-03-29 2026-03-30"), Day("2026-06-01"));

        Assert.Null(streaks.Current);
        Assert.Equal(1, streaks.Longest);
    }

    [Fact]
    public void AStreakRunsOnAcrossTheStartOfAGeneration()
    {
        // Monday 2026-02-23 starts the last ISO week before the generation; it is cut short at Saturday 02-28.
        var weeks = Weeks("2026-02-16", "2026-03-14");
        Assert.Equal((Day("2026-02-23"), Day("2026-02-28")), (weeks[1].Start, weeks[1].End));

        var streaks = Streaks.Of(weeks, Days("2026-02-17 2026-02-28 2026-03-01 2026-03-10"), Day("2026-03-12"));

        Assert.Equal((4, Day("2026-02-16"), Day("2026-03-14"), (int?)4), (streaks.Longest, streaks.LongestFrom, streaks.LongestTo, streaks.Current));
    }

    [Fact]
    public void DaysOutsideTheWeeksAreIgnored()
    {
        var streaks = Streaks.Of(Weeks("2026-03-08", "2026-03-21"), Days("2026-03-02 2026-03-25"), Day("2026-03-20"));

        Assert.Equal((0, (int?)0), (streaks.Longest, streaks.Current));
    }

    private static IReadOnlyList<ClubWeek> Weeks(string from, string to) => ClubWeeks.Between(Day(from), Day(to), Twelfth);

    private static DateOnly[] Days(string days) =>
        days.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Day).ToArray();

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}

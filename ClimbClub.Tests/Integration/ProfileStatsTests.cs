using System.Globalization;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.Stats;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Profile;

namespace ClimbClub.Tests.Integration;

/// <summary>Every figure of a member's stats, checked against the scripted history in <see cref="StatsHistory"/>.</summary>
public sealed class ProfileStatsTests(StatsHistory history) : IClassFixture<StatsHistory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheCurrentGenerationCountsItsSessionsColoursWeeksAndStanding()
    {
        var stats = await StatsAsync(history.Eva, StatsPeriod.CurrentGeneration);

        Assert.Equal((12, Day("2026-03-01"), Day("2027-02-28")), (stats.GenerationNumber, stats.From, stats.To));
        Assert.Equal(new StatsTotals(Sessions: 3, ClimbingDays: 3, Minutes: 375, Problems: 14, Points: 18), stats.Totals);
        Assert.Equal(["level 2: 4", "level 4: 4", "level 5: 3", "level 6: 3"], Colours(stats));
        Assert.Equal(["2026-03-01 #1 gen 12: 7 pts, rank 2 of 2", "2026-03-15 #3 gen 12: 11 pts, rank 1 of 2"], Weeks(stats.Weeks));
        Assert.Equal(["2026-03-15 #3 gen 12: 11 pts, rank 1 of 2", "2026-03-01 #1 gen 12: 7 pts, rank 2 of 2"], Weeks(stats.BestWeeks));
        Assert.Equal(["2026-03-01 #1 gen 12: 7", "2026-03-08 #2 gen 12: 0", "2026-03-15 #3 gen 12: 11"], Trend(stats));
        Assert.Equal(new StreakSummary(1, Day("2026-03-01"), Day("2026-03-07"), 1), stats.Streaks);
        Assert.Equal(new Standing(Rank: 2, Of: 2, Points: 18), stats.Standing);
    }

    [Fact]
    public async Task AllTimeStartsAtTheFirstSessionAndRunsAcrossGenerations()
    {
        var stats = await StatsAsync(history.Eva, StatsPeriod.AllTime);

        Assert.Equal(((int?)null, Day("2026-02-26"), Day("2026-03-19")), (stats.GenerationNumber, stats.From, stats.To));
        Assert.Equal(new StatsTotals(Sessions: 5, ClimbingDays: 5, Minutes: 525, Problems: 19, Points: 23), stats.Totals);
        Assert.Equal(["level 2: 4", "level 3: 2", "level 4: 6", "level 5: 4", "level 6: 3"], Colours(stats));
        Assert.Equal(
            [
                "2026-02-21 #52 gen 11: 4 pts, rank 1 of 2",
                "2026-02-28 #53 gen 11: 1 pts, rank 1 of 1",
                "2026-03-01 #1 gen 12: 7 pts, rank 2 of 2",
                "2026-03-15 #3 gen 12: 11 pts, rank 1 of 2",
            ],
            Weeks(stats.Weeks));
        Assert.Equal(
            ["2026-03-15 #3 gen 12: 11 pts, rank 1 of 2", "2026-03-01 #1 gen 12: 7 pts, rank 2 of 2", "2026-02-21 #52 gen 11: 4 pts, rank 1 of 2"],
            Weeks(stats.BestWeeks));
        Assert.Equal(new StreakSummary(3, Day("2026-02-21"), Day("2026-03-07"), 1), stats.Streaks);
        Assert.Equal(new Standing(Rank: 1, Of: 2, Points: 23), stats.Standing);
    }

    [Fact]
    public async Task ARangeAcrossTwoGenerationsCountsItsDaysAndTheWeeksItTouches()
    {
        var stats = await StatsAsync(history.Eva, StatsPeriod.Between(Day("2026-02-27"), Day("2026-03-04")));

        Assert.Equal(new StatsTotals(Sessions: 2, ClimbingDays: 2, Minutes: 180, Problems: 6, Points: 12), stats.Totals);
        Assert.Equal(["level 3: 2", "level 4: 3", "level 6: 1"], Colours(stats));
        Assert.Equal(
            ["2026-02-21 #52 gen 11: 4 pts, rank 1 of 2", "2026-02-28 #53 gen 11: 1 pts, rank 1 of 1", "2026-03-01 #1 gen 12: 7 pts, rank 2 of 2"],
            Weeks(stats.Weeks));
        Assert.Equal(["2026-02-21 #52 gen 11: 4", "2026-02-28 #53 gen 11: 1", "2026-03-01 #1 gen 12: 7"], Trend(stats));

        // Eva's session of 02-26 lies before the range, so week 52 is touched but not climbed within it; the range ended
        // before today, so there is no current streak.
        Assert.Equal(new StreakSummary(2, Day("2026-02-28"), Day("2026-03-07"), null), stats.Streaks);
        Assert.Null(stats.Standing);
    }

    [Fact]
    public async Task AnEmptyRangeHasZerosAndNoWeeks()
    {
        var stats = await StatsAsync(history.Eva, StatsPeriod.Between(Day("2026-03-08"), Day("2026-03-14")));

        Assert.Equal(new StatsTotals(0, 0, 0, 0, 0), stats.Totals);
        Assert.Empty(stats.PerColour);
        Assert.Empty(stats.Weeks);
        Assert.Empty(stats.BestWeeks);
        Assert.Equal(["2026-03-08 #2 gen 12: 0"], Trend(stats));
        Assert.Equal(new StreakSummary(0, null, null, null), stats.Streaks);
    }

    [Fact]
    public async Task AVoidedSessionCountsNowhere()
    {
        var stats = await StatsAsync(history.Eva, StatsPeriod.Between(Day("2026-03-19"), Day("2026-03-19")));

        Assert.Equal(new StatsTotals(0, 0, 0, 0, 11), stats.Totals);
        Assert.Empty(stats.PerColour);
    }

    [Fact]
    public async Task EachMemberSeesOnlyTheirOwnFigures()
    {
        var stats = await StatsAsync(history.Finn, StatsPeriod.AllTime);

        Assert.Equal(new StatsTotals(Sessions: 3, ClimbingDays: 3, Minutes: 180, Problems: 22, Points: 22), stats.Totals);
        Assert.Equal(["level 4: 22"], Colours(stats));
        Assert.Equal(new Standing(Rank: 2, Of: 2, Points: 22), stats.Standing);
    }

    [Fact]
    public async Task AnInvalidRangeIsRefusedClearly()
    {
        var outcome = await history.Club.CallAsync<StatsService, Outcome<MyStats>>(
            s => s.MineAsync(history.Eva.Principal, StatsPeriod.Between(Day("2026-03-10"), Day("2026-03-01")), Ct));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("The last day cannot be before the first day.", outcome.Message);
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnApprovedMemberGetsNoStats()
    {
        var pending = await history.Club.App.CreateMemberAsync("pending-stats@club.test", status: ApprovalStatus.Pending);

        var outcome = await history.Club.CallAsync<StatsService, Outcome<MyStats>>(
            s => s.MineAsync(ClimbClubApp.PrincipalOf(pending), StatsPeriod.AllTime, Ct));

        Assert.Equal(OutcomeKind.Denied, outcome.Kind);
    }

    private async Task<MyStats> StatsAsync(Climber who, StatsPeriod period)
    {
        var outcome = await history.Club.CallAsync<StatsService, Outcome<MyStats>>(s => s.MineAsync(who.Principal, period, Ct));
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }

    private static string[] Colours(MyStats stats) =>
        stats.PerColour.Select(c => string.Create(CultureInfo.InvariantCulture, $"level {c.Level}: {c.Problems}")).ToArray();

    private static string[] Weeks(IEnumerable<WeekStat> weeks) => weeks
        .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Start:yyyy-MM-dd} #{w.Number} gen {w.GenerationNumber}: {w.Points:0.##} pts, rank {w.Rank} of {w.RankedMembers}"))
        .ToArray();

    private static string[] Trend(MyStats stats) => stats.Trend
        .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Start:yyyy-MM-dd} #{w.Number} gen {w.GenerationNumber}: {w.Points:0.##}"))
        .ToArray();

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}

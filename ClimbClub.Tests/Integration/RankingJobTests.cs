using ClimbClub.Core;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Scoring;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The ranking job over a real SQLite database: sessions logged through the log service become the stored weekly,
/// generation and all-time boards. Every test has its own club and clock (Seoul wall time); the default generations
/// are seeded for the clock's first day, so the 12th runs from Sunday 2026-03-01 and its weeks start on Sundays.
/// </summary>
public sealed class RankingJobTests
{
    /// <summary>
    /// Four members over a month, each session logged on its own day (Cho's first one, from the 11th generation,
    /// a few days late) with the job running after each. Points by the relative rule at the member's level:
    /// Ana and Cho are at level 4, Ben at 6, Dan at 2.
    /// </summary>
    private static readonly Climb[] Month =
    [
        new("c0", "Cho", "2026-02-27", "18:00", "19:00", [(4, 1)]),                   // 1
        new("a1", "Ana", "2026-03-03", "18:00", "20:00", [(4, 2), (5, 1)]),           // 2 + 2 = 4
        new("a2", "Ana", "2026-03-10", "18:00", "20:00", [(3, 4), (4, 3), (5, 1)]),   // 2 + 3 + 2 = 7
        new("b1", "Ben", "2026-03-12", "12:00", "14:00", [(6, 4), (7, 2)]),           // 4 + 4 = 8
        new("b2", "Ben", "2026-03-17", "18:00", "20:00", [(6, 3)]),                   // 3
        new("c1", "Cho", "2026-03-18", "18:00", "21:00", [(4, 4), (5, 3)]),           // 4 + 6 = 10
        new("d1", "Dan", "2026-03-22", "18:00", "19:00", [(1, 2), (2, 2)]),           // 1 + 2 = 3
        new("a3", "Ana", "2026-03-24", "19:00", "21:30", [(4, 5), (5, 2)]),           // 5 + 4 = 9
        new("c2", "Cho", "2026-03-25", "18:00", "20:00", [(3, 4), (4, 2), (5, 1)]),   // 2 + 2 + 2 = 6
        new("b3", "Ben", "2026-03-26", "18:00", "19:30", [(5, 6), (6, 3)]),           // 3 + 3 = 6
        new("c3", "Cho", "2026-03-29", "10:00", "13:00", [(5, 4)]),                   // 8
        new("a4", "Ana", "2026-03-30", "18:00", "20:00", [(2, 2), (4, 2), (6, 1)]),   // 1 + 2 + 2 = 5
        new("d2", "Dan", "2026-03-30", "18:00", "19:00", [(2, 3), (3, 1)]),           // 3 + 2 = 5
        new("b4", "Ben", "2026-03-31", "07:00", "09:00", [(6, 2), (8, 2)]),           // 2 + 4 = 6
        new("b5", "Ben", "2026-03-31", "19:00", "20:00", [(7, 1)]),                   // 2
        new("a5", "Ana", "2026-04-01", "17:00", "19:00", [(4, 3)]),                   // 3
    ];

    private static readonly string[] MonthWeeks =
    [
        "2026-02-21 #52: 1 Cho 1",
        "2026-03-01 #1: 1 Ana 4",
        "2026-03-08 #2: 1 Ben 8, 2 Ana 7",
        "2026-03-15 #3: 1 Cho 10, 2 Ben 3",
        "2026-03-22 #4: 1 Ana 9, 2 Ben 6, 2 Cho 6, 4 Dan 3",
        "2026-03-29 #5: 1 Ana 8, 1 Ben 8, 1 Cho 8, 4 Dan 5",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AScriptedMonthGivesTheExpectedWeeklyGenerationAndAllTimeBoards()
    {
        var month = await PlayMonthAsync();
        await using var club = month.Club;

        var current = await club.WeekBoardAsync(month.Dan);
        Assert.Equal((RankingClub.Day("2026-03-29"), RankingClub.Day("2026-04-04"), 5, 12), (current.Week.Start, current.Week.End, current.Week.Number, current.Generation?.Number));
        Assert.Equal(
            [
                "1. Ana 8 pts, 8 problems, 240 min, 2 sessions",
                "1. Ben 8 pts, 5 problems, 180 min, 2 sessions",
                "1. Cho 8 pts, 4 problems, 180 min, 1 sessions",
                "4. Dan 5 pts, 4 problems, 60 min, 1 sessions",
            ],
            RankingClub.Rows(current.Board));
        Assert.Equal("Dan", current.Board.Me?.DisplayName);

        var previous = await club.WeekBoardAsync(month.Dan, previous: true);
        Assert.Equal((RankingClub.Day("2026-03-22"), RankingClub.Day("2026-03-28"), 4), (previous.Week.Start, previous.Week.End, previous.Week.Number));
        Assert.Equal(
            [
                "1. Ana 9 pts, 7 problems, 150 min, 1 sessions",
                "2. Ben 6 pts, 9 problems, 90 min, 1 sessions",
                "2. Cho 6 pts, 7 problems, 120 min, 1 sessions",
                "4. Dan 3 pts, 4 problems, 60 min, 1 sessions",
            ],
            RankingClub.Rows(previous.Board));

        var twelfth = await club.GenerationBoardAsync(month.Ana);
        Assert.Equal(12, twelfth.Generation.Number);
        Assert.Equal(
            [
                "1. Ana 28 pts, 26 problems, 630 min, 5 sessions",
                "2. Ben 25 pts, 23 problems, 510 min, 5 sessions",
                "3. Cho 24 pts, 18 problems, 480 min, 3 sessions",
                "4. Dan 8 pts, 8 problems, 120 min, 2 sessions",
            ],
            RankingClub.Rows(twelfth.Board));

        var eleventh = await club.GenerationBoardAsync(month.Ana, await club.GenerationIdAsync(11));
        Assert.Equal(["1. Cho 1 pts, 1 problems, 60 min, 1 sessions"], RankingClub.Rows(eleventh.Board));

        Assert.Equal(
            [
                "1. Ana 28 pts, 26 problems, 630 min, 5 sessions",
                "2. Ben 25 pts, 23 problems, 510 min, 5 sessions",
                "2. Cho 25 pts, 19 problems, 540 min, 4 sessions",
                "4. Dan 8 pts, 8 problems, 120 min, 2 sessions",
            ],
            RankingClub.Rows(await club.AllTimeBoardAsync(month.Cho)));

        Assert.Equal(MonthWeeks, await club.WeeklyPointsAsync());

        // A month of runs added each week to the frozen totals as it froze: the same boards as a first run from nothing
        // (the runs since start-up also ranked the empty weeks before the first session, so those lines are left out).
        static IEnumerable<string> Rows(string boards) => boards.Split('\n').Where(line => !line.StartsWith("ranked ", StringComparison.Ordinal));
        var kept = Rows(await Durability.BoardsAsync(club.App)).ToList();
        Assert.Equal(kept, Rows(await Durability.CleanRecomputeAsync(club.App)));
    }

    [Fact]
    public async Task RunningTheJobAgainChangesNothing()
    {
        var month = await PlayMonthAsync();
        await using var club = month.Club;
        var boards = await club.BoardsSnapshotAsync();
        Assert.Contains("all-time Ana: rank 1 28 pts", boards, StringComparison.Ordinal);

        await club.RefreshAsync();
        Assert.Equal(boards, await club.BoardsSnapshotAsync());

        await club.RefreshAsync();
        club.MoveTo("2026-04-01 23:59");
        await club.RefreshAsync();
        Assert.Equal(boards, await club.BoardsSnapshotAsync());

        // Four days on, the week of 15 March has frozen and a new week has begun: the stored boards stay as they were.
        club.MoveTo("2026-04-05 09:00");
        await club.RefreshAsync();
        await club.RefreshAsync();
        Assert.Equal(boards, await club.BoardsSnapshotAsync());
        Assert.Empty((await club.WeekBoardAsync(month.Ana)).Board.Rows);
    }

    [Fact]
    public async Task ASessionBackDatedIntoAFrozenWeekIsKeptInTheLogButChangesNoBoard()
    {
        var month = await PlayMonthAsync();
        await using var club = month.Club;
        var boards = await club.BoardsSnapshotAsync();

        // The week of 8 March ended on the 14th, 18 days before today (1 April): it is frozen.
        var late = await club.LogAsync(month.Dan, "2026-03-12", "10:00", "12:00", (8, 5));
        var edited = await club.CallAsync<LogService, Outcome>(log => log.UpdateAsync(
            month.Ana.Principal, month.Ids["a2"], club.Session("2026-03-10", "18:00", "20:00", (3, 4), (4, 3), (5, 1), (9, 10)), Ct));
        Assert.True(edited.Succeeded, edited.Message);
        await club.RefreshAsync();

        Assert.Equal(boards, await club.BoardsSnapshotAsync());
        var kept = Assert.Single(await club.MineAsync(month.Dan), s => s.Id == late);
        Assert.Equal((RankingClub.Day("2026-03-12"), 10m, false), (kept.Date, kept.Points, kept.CountsForRankings));
        var ana = Assert.Single(await club.MineAsync(month.Ana), s => s.Id == month.Ids["a2"]);
        Assert.Equal((27m, false), (ana.Points, ana.CountsForRankings));

        // The week of 15 March ended on the 21st, 11 days ago: still open.
        var open = await club.LogAsync(month.Dan, "2026-03-20", "10:00", "11:00", (3, 2));
        Assert.True(Assert.Single(await club.MineAsync(month.Dan), s => s.Id == open).CountsForRankings);
        await club.RefreshAsync();

        string[] weeks = [.. MonthWeeks[..3], "2026-03-15 #3: 1 Cho 10, 2 Dan 4, 3 Ben 3", .. MonthWeeks[4..]];
        Assert.Equal(weeks, await club.WeeklyPointsAsync());
        Assert.Equal(
            [
                "1. Ana 28 pts, 26 problems, 630 min, 5 sessions",
                "2. Ben 25 pts, 23 problems, 510 min, 5 sessions",
                "3. Cho 24 pts, 18 problems, 480 min, 3 sessions",
                "4. Dan 12 pts, 10 problems, 180 min, 3 sessions",
            ],
            RankingClub.Rows((await club.GenerationBoardAsync(month.Dan)).Board));
        Assert.Contains("4. Dan 12 pts, 10 problems, 180 min, 3 sessions", RankingClub.Rows(await club.AllTimeBoardAsync(month.Dan)));
    }

    [Fact]
    public async Task AfterDowntimeTheWeeksThatFrozeMeanwhileAreComputed()
    {
        await using var club = await RankingClub.StartAsync("2026-03-08 22:00");
        var ana = await club.JoinAsync("Ana", level: 4);
        var ben = await club.JoinAsync("Ben", level: 6);
        await club.LogAsync(ana, "2026-03-08", "18:00", "19:00", (4, 2));
        await club.RefreshAsync();
        Assert.Equal(["2026-03-08 #2: 1 Ana 2"], await club.WeeklyPointsAsync());

        // Three weeks without a run while members keep logging, each session while its week is still open.
        club.MoveTo("2026-03-10 22:00");
        await club.LogAsync(ana, "2026-03-10", "18:00", "19:00", (4, 3));
        club.MoveTo("2026-03-16 22:00");
        await club.LogAsync(ben, "2026-03-16", "18:00", "19:00", (6, 2));
        club.MoveTo("2026-03-20 22:00");
        await club.LogAsync(ana, "2026-03-12", "18:00", "19:00", (5, 1));
        club.MoveTo("2026-03-25 22:00");
        await club.LogAsync(ben, "2026-03-25", "18:00", "19:00", (7, 2));
        club.MoveTo("2026-03-29 22:00");
        Assert.Equal(["2026-03-08 #2: 1 Ana 2"], await club.WeeklyPointsAsync());
        var frozenSinceTheRun = (await club.MineAsync(ana)).Where(s => s.Date < RankingClub.Day("2026-03-15")).ToList();
        Assert.Equal(3, frozenSinceTheRun.Count);
        Assert.All(frozenSinceTheRun, s => Assert.False(s.CountsForRankings));

        await club.RefreshAsync();

        Assert.Equal(
            ["2026-03-08 #2: 1 Ana 7", "2026-03-15 #3: 1 Ben 2", "2026-03-22 #4: 1 Ben 4"],
            await club.WeeklyPointsAsync());
        Assert.Equal(
            ["1. Ana 7 pts, 6 problems, 180 min, 3 sessions", "2. Ben 6 pts, 4 problems, 120 min, 2 sessions"],
            RankingClub.Rows((await club.GenerationBoardAsync(ana)).Board));
        var computedAt = await club.App.WithDbAsync(db => db.RankedWeeks.Where(w => w.Key == "2026-03-08" || w.Key == "2026-03-15" || w.Key == "2026-03-22")
            .Select(w => w.ComputedAt).ToListAsync(Ct));
        Assert.Equal([club.App.Clock!.GetUtcNow(), club.App.Clock.GetUtcNow(), club.App.Clock.GetUtcNow()], computedAt);
    }

    [Fact]
    public async Task AVoidedSessionScoresNothingAndRestoringItBringsThePointsBack()
    {
        await using var club = await RankingClub.StartAsync("2026-03-25 22:00");
        var ana = await club.JoinAsync("Ana", level: 4);
        var ben = await club.JoinAsync("Ben", level: 6);
        var olga = await club.JoinAsync("Olga", level: 5, ClubRole.Officer);
        var suspicious = await club.LogAsync(ana, "2026-03-24", "18:00", "20:00", (5, 2));
        await club.LogAsync(ana, "2026-03-25", "18:00", "19:00", (4, 3));
        await club.LogAsync(ben, "2026-03-24", "18:00", "20:00", (6, 5));
        await club.RefreshAsync();
        var boards = await club.BoardsSnapshotAsync();
        Assert.Equal(
            ["1. Ana 7 pts, 5 problems, 180 min, 2 sessions", "2. Ben 5 pts, 5 problems, 120 min, 1 sessions"],
            RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));

        var voided = await club.CallAsync<LogService, Outcome>(log => log.VoidAsync(olga.Principal, suspicious, new VoidInput { Reason = "Logged twice" }, Ct));
        Assert.True(voided.Succeeded, voided.Message);
        await club.RefreshAsync();

        Assert.Equal(
            ["1. Ben 5 pts, 5 problems, 120 min, 1 sessions", "2. Ana 3 pts, 3 problems, 60 min, 1 sessions"],
            RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));
        Assert.Equal(
            ["1. Ben 5 pts, 5 problems, 120 min, 1 sessions", "2. Ana 3 pts, 3 problems, 60 min, 1 sessions"],
            RankingClub.Rows((await club.GenerationBoardAsync(ana)).Board));
        Assert.Contains("2. Ana 3 pts, 3 problems, 60 min, 1 sessions", RankingClub.Rows(await club.AllTimeBoardAsync(ana)));
        var seen = Assert.Single(await club.MineAsync(ana), s => s.Id == suspicious);
        Assert.Equal((true, "Logged twice", false), (seen.IsVoided, seen.VoidReason, seen.CountsForRankings));

        var restored = await club.CallAsync<LogService, Outcome>(log => log.RestoreAsync(olga.Principal, suspicious, Ct));
        Assert.True(restored.Succeeded, restored.Message);
        await club.RefreshAsync();

        Assert.Equal(boards, await club.BoardsSnapshotAsync());
        Assert.False(Assert.Single(await club.MineAsync(ana), s => s.Id == suspicious).IsVoided);
    }

    [Fact]
    public async Task ChangingAMembersLevelDoesNotRescoreTheSessionsAlreadyLogged()
    {
        await using var club = await RankingClub.StartAsync("2026-03-25 22:00");
        var ana = await club.JoinAsync("Ana", level: 4);
        var first = await club.LogAsync(ana, "2026-03-24", "18:00", "20:00", (3, 2), (4, 2), (5, 2));
        await club.RefreshAsync();
        Assert.Equal(["1. Ana 7 pts, 6 problems, 120 min, 1 sessions"], RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));

        await club.SetLevelAsync(ana.Id, 6);
        await club.RefreshAsync();
        Assert.Equal(["1. Ana 7 pts, 6 problems, 120 min, 1 sessions"], RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));

        // Editing the session keeps the level it was logged at.
        var edited = await club.CallAsync<LogService, Outcome>(log => log.UpdateAsync(
            ana.Principal, first, club.Session("2026-03-24", "18:00", "20:30", (3, 2), (4, 2), (5, 2)), Ct));
        Assert.True(edited.Succeeded, edited.Message);
        var second = await club.LogAsync(ana, "2026-03-25", "18:00", "20:00", (3, 2), (4, 2), (5, 2));
        await club.RefreshAsync();

        Assert.Equal(["1. Ana 10 pts, 12 problems, 270 min, 2 sessions"], RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));
        var mine = await club.MineAsync(ana);
        Assert.Equal([(second, 3m), (first, 7m)], mine.Select(s => (s.Id, s.Points)));
        var forEdit = await club.CallAsync<LogService, Outcome<SessionForEdit>>(
            log => log.ForEditAsync(ana.Principal, first, Ct));
        Assert.True(forEdit.Succeeded, forEdit.Message);
        Assert.Equal(4, forEdit.Value!.MemberLevel);
        var stored = await club.App.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).Select(s => new { s.Id, s.MemberLevel }).ToListAsync(Ct));
        Assert.Equal([(first, 4), (second, 6)], stored.Select(s => (s.Id, s.MemberLevel)));
    }

    [Fact]
    public async Task AGenerationOnThePointsPerColourRuleScoresByTheColourTable()
    {
        await using var club = await RankingClub.StartAsync("2026-03-25 22:00");
        var ana = await club.JoinAsync("Ana", level: 4);
        var ben = await club.JoinAsync("Ben", level: 8);
        var twelfth = await club.GenerationIdAsync(12);
        await club.App.WithDbAsync(async db =>
        {
            await db.Colours.Where(c => c.Level == 3).ExecuteUpdateAsync(s => s.SetProperty(c => c.Points, 1.5m), Ct);
            await db.Colours.Where(c => c.Level == 5).ExecuteUpdateAsync(s => s.SetProperty(c => c.Points, 7.5m), Ct);
            return await db.Generations.Where(g => g.Id == twelfth)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.ScoringRule, ScoringRuleKind.PointsPerColour), Ct);
        });

        await club.LogAsync(ana, "2026-03-24", "18:00", "20:00", (3, 2), (5, 1));
        await club.LogAsync(ben, "2026-03-24", "18:00", "20:00", (3, 2), (5, 1));
        await club.RefreshAsync();

        // 2 x 1.5 + 1 x 7.5 for both: the table does not look at the level.
        Assert.Equal(
            ["1. Ana 10.5 pts, 3 problems, 120 min, 1 sessions", "1. Ben 10.5 pts, 3 problems, 120 min, 1 sessions"],
            RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));
        var logged = Assert.Single(await club.MineAsync(ben));
        Assert.Equal((ScoringRuleKind.PointsPerColour, 10.5m), (logged.Rule, logged.Points));

        // Back on the relative rule, the open week is scored by level again: Ana 1 + 2, Ben 0.5 + 1.
        await club.App.WithDbAsync(db => db.Generations.Where(g => g.Id == twelfth)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.ScoringRule, ScoringRuleKind.RelativeToLevel), Ct));
        await club.RefreshAsync();

        Assert.Equal(
            ["1. Ana 3 pts, 3 problems, 120 min, 1 sessions", "2. Ben 1.5 pts, 3 problems, 120 min, 1 sessions"],
            RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));
    }

    [Fact]
    public async Task DeactivatedMembersAreOnNoBoardAndPendingOnesCannotLog()
    {
        await using var club = await RankingClub.StartAsync("2026-03-25 22:00");
        var admin = ClimbClubApp.PrincipalOf(await club.App.AdminIdAsync());
        var ana = await club.JoinAsync("Ana", level: 4);
        var ben = await club.JoinAsync("Ben", level: 6);
        var eve = await club.JoinAsync("Eve", level: 4);
        await club.LogAsync(ana, "2026-03-24", "18:00", "19:00", (4, 3));
        await club.LogAsync(ben, "2026-03-24", "18:00", "19:00", (6, 2));
        await club.LogAsync(eve, "2026-03-24", "18:00", "19:00", (5, 3));
        await club.RefreshAsync();
        var withEve = await club.BoardsSnapshotAsync();
        Assert.Equal(
            ["1. Eve 6 pts, 3 problems, 60 min, 1 sessions", "2. Ana 3 pts, 3 problems, 60 min, 1 sessions", "3. Ben 2 pts, 2 problems, 60 min, 1 sessions"],
            RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));

        var pending = new Climber(await club.App.CreateMemberAsync("pat@club.test", status: ApprovalStatus.Pending, displayName: "Pat"), "Pat");
        var sessions = await club.SessionsSnapshotAsync();
        var refused = await club.CallAsync<LogService, Outcome<long>>(log => log.AddAsync(pending.Principal, club.Session("2026-03-24", "10:00", "11:00", (10, 5)), Ct));
        Assert.Equal((OutcomeKind.Denied, "Only approved members can keep a log."), (refused.Kind, refused.Message));
        Assert.Equal(sessions, await club.SessionsSnapshotAsync());

        var deactivated = await club.CallAsync<MemberAdminService, Outcome>(m => m.SetActiveAsync(admin, eve.Id, active: false, Ct));
        Assert.True(deactivated.Succeeded, deactivated.Message);
        await club.RefreshAsync();

        var expected = new[] { "1. Ana 3 pts, 3 problems, 60 min, 1 sessions", "2. Ben 2 pts, 2 problems, 60 min, 1 sessions" };
        Assert.Equal(expected, RankingClub.Rows((await club.WeekBoardAsync(ana)).Board));
        Assert.Equal(expected, RankingClub.Rows((await club.GenerationBoardAsync(ana)).Board));
        Assert.Equal(expected, RankingClub.Rows(await club.AllTimeBoardAsync(ana)));
        var stored = await club.BoardsSnapshotAsync();
        Assert.DoesNotContain("Eve", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat", stored, StringComparison.Ordinal);

        var reactivated = await club.CallAsync<MemberAdminService, Outcome>(m => m.SetActiveAsync(admin, eve.Id, active: true, Ct));
        Assert.True(reactivated.Succeeded, reactivated.Message);
        await club.RefreshAsync();
        Assert.Equal(withEve, await club.BoardsSnapshotAsync());
    }

    [Fact]
    public async Task MovingAGenerationsFirstDayOverOpenWeeksDoesNotCountTheirSessionsTwice()
    {
        await using var club = await RankingClub.StartAsync("2026-03-18 22:00");
        var admin = ClimbClubApp.PrincipalOf(await club.App.AdminIdAsync());
        var ana = await club.JoinAsync("Ana", level: 4);
        await club.LogAsync(ana, "2026-03-10", "18:00", "19:00", (4, 2));
        await club.LogAsync(ana, "2026-03-17", "18:00", "19:00", (4, 3));
        await club.RefreshAsync();
        Assert.Equal(["2026-03-08 #2: 1 Ana 2", "2026-03-15 #3: 1 Ana 3"], await club.WeeklyPointsAsync());

        // The club's year really began on Monday 2 March: every open week now starts a day later.
        var twelfth = await club.GenerationIdAsync(12);
        var moved = await club.CallAsync<GenerationAdminService, Outcome<Generation>>(g => g.UpdateAsync(
            admin, twelfth, new GenerationInput { Number = 12, StartDate = new DateOnly(2026, 3, 2), EndDate = new DateOnly(2027, 2, 28) }, Ct));
        Assert.True(moved.Succeeded, moved.Message);
        await club.RefreshAsync();

        Assert.Equal(["2026-03-09 #2: 1 Ana 2", "2026-03-16 #3: 1 Ana 3"], await club.WeeklyPointsAsync());
        Assert.Equal(["1. Ana 5 pts, 5 problems, 120 min, 2 sessions"], RankingClub.Rows((await club.GenerationBoardAsync(ana)).Board));
        Assert.Equal(["1. Ana 5 pts, 5 problems, 120 min, 2 sessions"], RankingClub.Rows(await club.AllTimeBoardAsync(ana)));
    }

    [Fact]
    public async Task DeletingAGenerationWhoseWeeksAreFrozenKeepsTheJobRunning()
    {
        await using var club = await RankingClub.StartAsync("2026-03-03 22:00");
        var admin = ClimbClubApp.PrincipalOf(await club.App.AdminIdAsync());
        var ana = await club.JoinAsync("Ana", level: 4);
        await club.LogAsync(ana, "2026-02-27", "18:00", "19:00", (4, 1));
        await club.RefreshAsync();
        club.MoveTo("2026-03-20 22:00");
        await club.LogAsync(ana, "2026-03-20", "18:00", "19:00", (4, 2));
        await club.RefreshAsync();
        Assert.Equal(["2026-02-21 #52: 1 Ana 1", "2026-03-15 #3: 1 Ana 2"], await club.WeeklyPointsAsync());

        // Nobody of the 11th signed up, so an admin tidies it away; Ana's session of 27 February stays hers.
        var eleventh = await club.GenerationIdAsync(11);
        var deleted = await club.CallAsync<GenerationAdminService, Outcome>(g => g.DeleteAsync(admin, eleventh, Ct));
        Assert.True(deleted.Succeeded, deleted.Message);
        await club.LogAsync(ana, "2026-03-20", "19:00", "20:00", (4, 4));
        await club.RefreshAsync();

        Assert.Equal(["1. Ana 6 pts, 6 problems, 120 min, 2 sessions"], RankingClub.Rows((await club.GenerationBoardAsync(ana)).Board));
        Assert.Equal(["1. Ana 7 pts, 7 problems, 180 min, 3 sessions"], RankingClub.Rows(await club.AllTimeBoardAsync(ana)));
        Assert.False(await club.App.WithDbAsync(db => db.GenerationScores.AnyAsync(s => !db.Generations.Any(g => g.Id == s.GenerationId), Ct)));
    }

    /// <summary>Plays <see cref="Month"/> from 3 March to the evening of 1 April, running the job after every session.</summary>
    private static async Task<PlayedMonth> PlayMonthAsync()
    {
        var club = await RankingClub.StartAsync("2026-03-03 22:00");
        try
        {
            return await PlayMonthAsync(club);
        }
        catch
        {
            await club.DisposeAsync();
            throw;
        }
    }

    private static async Task<PlayedMonth> PlayMonthAsync(RankingClub club)
    {
        var members = new Dictionary<string, Climber>(StringComparer.Ordinal)
        {
            ["Ana"] = await club.JoinAsync("Ana", level: 4),
            ["Ben"] = await club.JoinAsync("Ben", level: 6),
            ["Cho"] = await club.JoinAsync("Cho", level: 4),
            ["Dan"] = await club.JoinAsync("Dan", level: 2),
        };
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var climb in Month)
        {
            var evening = $"{climb.Date} 22:00";
            if (RankingClub.At(evening) > club.App.Clock!.GetUtcNow())
            {
                club.MoveTo(evening);
            }

            ids[climb.Label] = await club.LogAsync(members[climb.Who], climb.Date, climb.Start, climb.End, climb.Lines);
            await club.RefreshAsync();
        }

        Assert.Equal(RankingClub.At("2026-04-01 22:00"), club.App.Clock!.GetUtcNow());
        return new PlayedMonth(club, members["Ana"], members["Ben"], members["Cho"], members["Dan"], ids);
    }

    private sealed record Climb(string Label, string Who, string Date, string Start, string End, (int Level, int Count)[] Lines);

    private sealed record PlayedMonth(RankingClub Club, Climber Ana, Climber Ben, Climber Cho, Climber Dan, Dictionary<string, long> Ids);
}

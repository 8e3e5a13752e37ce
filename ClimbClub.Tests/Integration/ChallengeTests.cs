using ClimbClub.Core;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Log;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Challenges through the real services on a Seoul clock (Monday 2026-03-02): an officer sets "10 problems at level 4
/// or harder in March"; members join, race for the last place, log, edit and have sessions voided while the progress
/// job counts.
/// </summary>
public sealed class ChallengeTests : IAsyncLifetime
{
    private RankingClub club = default!;
    private Climber olga = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        club = await RankingClub.StartAsync("2026-03-02 12:00");
        olga = await club.JoinAsync("Olga", level: 4, ClubRole.Officer);
    }

    public ValueTask DisposeAsync() => club.DisposeAsync();

    [Fact]
    public async Task TwoMembersRacingForTheLastPlaceOneGetsItTheOtherIsToldItIsFull()
    {
        var id = await CreateAsync(limit: 1);
        var members = new List<Climber>();
        for (var i = 0; i < 6; i++)
        {
            members.Add(await club.JoinAsync($"Racer{i}", level: 4));
        }

        var outcomes = await Task.WhenAll(members.Select(m => Task.Run(() => JoinAsync(m, id), Ct)));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal((OutcomeKind.Conflict, "This challenge is full: all 1 places are taken."), (o.Kind, o.Message)));
        Assert.Equal(1, await club.App.WithDbAsync(db => db.ChallengeEntries.CountAsync(e => e.ChallengeId == id, Ct)));
    }

    [Fact]
    public async Task JoiningTellsTheCreatorAndJoiningTwiceLeavingAndClosedChallengesAreExplained()
    {
        var id = await CreateAsync();
        var eva = await club.JoinAsync("Eva", level: 4);

        Assert.True((await JoinAsync(eva, id)).Succeeded);
        var twice = await JoinAsync(eva, id);
        Assert.True((await club.CallAsync<ChallengeService, Outcome>(s => s.LeaveAsync(eva.Principal, id, Ct))).Succeeded);
        var leaveAgain = await club.CallAsync<ChallengeService, Outcome>(s => s.LeaveAsync(eva.Principal, id, Ct));
        Assert.True((await club.CallAsync<ChallengeService, Outcome>(s => s.CloseAsync(olga.Principal, id, Ct))).Succeeded);
        var closed = await JoinAsync(eva, id);

        Assert.Equal("You have already joined this challenge.", twice.Message);
        Assert.Equal("You have not joined this challenge.", leaveAgain.Message);
        Assert.Equal("This challenge is closed.", closed.Message);
        Assert.Equal(["ChallengeJoined Eva (Ten blue)"], await NotificationsAsync(olga));
    }

    [Fact]
    public async Task OnlyOfficersSetChangeAndCloseChallengesAndBadInputWritesNothing()
    {
        var id = await CreateAsync(limit: 3);
        var eva = await club.JoinAsync("Eva", level: 4);
        var finn = await club.JoinAsync("Finn", level: 4);
        await JoinAsync(eva, id);
        await JoinAsync(finn, id);
        var before = await ChallengesAsync();

        var byMember = await club.CallAsync<ChallengeService, Outcome<int>>(s => s.CreateAsync(eva.Principal, Input(), Ct));
        var editByMember = await club.CallAsync<ChallengeService, Outcome>(s => s.UpdateAsync(eva.Principal, id, Input(), Ct));
        var closeByMember = await club.CallAsync<ChallengeService, Outcome>(s => s.CloseAsync(eva.Principal, id, Ct));
        var limitTooLow = await club.CallAsync<ChallengeService, Outcome>(s => s.UpdateAsync(olga.Principal, id, Input(limit: 1), Ct));
        var noTitle = await club.CallAsync<ChallengeService, Outcome<int>>(s => s.CreateAsync(olga.Principal, Input(title: "  "), Ct));
        var unknownColour = await club.CallAsync<ChallengeService, Outcome<int>>(s => s.CreateAsync(olga.Principal, Input(colourId: 99_999), Ct));
        var script = await club.CallAsync<ChallengeService, Outcome<int>>(s => s.CreateAsync(olga.Principal, Input(title: "<script>x</script>"), Ct));

        Assert.All([byMember.ToOutcome(), editByMember, closeByMember], o => Assert.Equal((OutcomeKind.Denied, "Only officers can set challenges."), (o.Kind, o.Message)));
        Assert.Equal("2 members have joined already; the limit cannot be lower.", limitTooLow.Message);
        Assert.Equal("A title has 3 to 80 characters.", noTitle.Message);
        Assert.Equal("Choose a colour of the club's scale.", unknownColour.Message);
        Assert.Equal(OutcomeKind.Invalid, script.Kind);
        Assert.Equal(before, await ChallengesAsync());
    }

    [Fact]
    public async Task ProgressFollowsSessionsLoggedEditedAndVoidedAndTheBadgeComesAndGoes()
    {
        var id = await CreateAsync();
        var eva = await club.JoinAsync("Eva", level: 4);
        var finn = await club.JoinAsync("Finn", level: 4);
        await JoinAsync(eva, id);
        await JoinAsync(finn, id);

        var first = await club.LogAsync(eva, "2026-03-02", "09:00", "10:00", (4, 6), (3, 9));
        await club.LogAsync(eva, "2026-02-27", "09:00", "10:00", (6, 9));
        await club.LogAsync(finn, "2026-03-01", "09:00", "10:00", (5, 2));
        await RefreshProgressAsync();
        Assert.Equal(["Eva 6", "Finn 2"], await EntriesAsync(id));

        var second = await club.LogAsync(eva, "2026-03-01", "18:00", "19:00", (5, 4));
        await RefreshProgressAsync();
        Assert.Equal(["Eva 10 ✓", "Finn 2"], await EntriesAsync(id));
        Assert.Equal(["ChallengeCompleted Ten blue"], await NotificationsAsync(eva));
        Assert.Equal(["Ten blue"], (await club.CallAsync<ChallengeService, Outcome<IReadOnlyList<Badge>>>(s => s.BadgesAsync(finn.Principal, eva.Id, Ct))).Value!.Select(b => b.Title));

        var edit = club.Session("2026-03-01", "18:00", "19:00", (5, 1));
        Assert.True((await club.CallAsync<LogService, Outcome>(s => s.UpdateAsync(eva.Principal, second, edit, Ct))).Succeeded);
        await RefreshProgressAsync();
        Assert.Equal(["Eva 7", "Finn 2"], await EntriesAsync(id));

        Assert.True((await club.CallAsync<LogService, Outcome>(s => s.VoidAsync(olga.Principal, first, new VoidInput { Reason = "Logged twice" }, Ct))).Succeeded);
        await RefreshProgressAsync();
        Assert.Equal(["Eva 1", "Finn 2"], await EntriesAsync(id));
        Assert.Empty((await club.CallAsync<ChallengeService, Outcome<IReadOnlyList<Badge>>>(s => s.BadgesAsync(finn.Principal, eva.Id, Ct))).Value!);
    }

    [Fact]
    public async Task AClosedChallengeKeepsItsCounts()
    {
        var id = await CreateAsync();
        var eva = await club.JoinAsync("Eva", level: 4);
        await JoinAsync(eva, id);
        await club.LogAsync(eva, "2026-03-02", "09:00", "10:00", (4, 3));
        await RefreshProgressAsync();
        Assert.True((await club.CallAsync<ChallengeService, Outcome>(s => s.CloseAsync(olga.Principal, id, Ct))).Succeeded);

        await club.LogAsync(eva, "2026-03-01", "18:00", "19:00", (4, 20));
        await RefreshProgressAsync();

        Assert.Equal(["Eva 3"], await EntriesAsync(id));
    }

    private async Task<int> CreateAsync(int? limit = null)
    {
        var created = await club.CallAsync<ChallengeService, Outcome<int>>(s => s.CreateAsync(olga.Principal, Input(limit: limit), Ct));
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    private ChallengeInput Input(int? limit = null, string title = "Ten blue", int? colourId = null) => new()
    {
        Title = title,
        StartDate = RankingClub.Day("2026-03-01"),
        EndDate = RankingClub.Day("2026-03-31"),
        GoalKind = ChallengeGoalKind.Problems,
        Target = 10,
        ColourId = colourId ?? club.ColourId(4),
        MemberLimit = limit,
    };

    private Task<Outcome> JoinAsync(Climber who, int id) => club.CallAsync<ChallengeService, Outcome>(s => s.JoinAsync(who.Principal, id, Ct));

    private Task<ProgressReport> RefreshProgressAsync() => club.App.Services.GetRequiredService<ChallengeProgress>().RefreshAsync(Ct);

    private Task<string[]> EntriesAsync(int id) => club.App.WithDbAsync(async db =>
        (await (from e in db.ChallengeEntries where e.ChallengeId == id join m in db.Users on e.MemberId equals m.Id select new { m.DisplayName, e.Progress, e.CompletedAt }).ToListAsync(Ct))
            .OrderBy(e => e.DisplayName, StringComparer.Ordinal)
            .Select(e => $"{e.DisplayName} {e.Progress}{(e.CompletedAt is null ? "" : " ✓")}")
            .ToArray());

    private Task<string[]> NotificationsAsync(Climber who) => club.App.WithDbAsync(async db =>
        (await db.Notifications.Where(n => n.MemberId == who.Id && n.Kind != NotificationKind.OvertakenOnWeeklyBoard).OrderBy(n => n.Id).ToListAsync(Ct))
            .Select(n => n.Detail is null ? $"{n.Kind} {n.Subject}" : $"{n.Kind} {n.Subject} ({n.Detail})")
            .ToArray());

    private Task<string[]> ChallengesAsync() => club.App.WithDbAsync(async db =>
        (await db.Challenges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(Ct))
            .Select(c => $"{c.Title} {c.StartDate:O}..{c.EndDate:O} {c.GoalKind} {c.Target} {c.MinLevel} {c.MemberLimit} {c.ClosedAt}")
            .ToArray());
}

using ClimbClub.Core;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// What the log service refuses, with a reason the member can act on and nothing written. The club's clock reads
/// 01:00 on Thursday 26 March 2026 in Seoul, when it is still the 25th in UTC.
/// </summary>
public sealed class SessionLogTests(SessionLogTests.LoggingClub fixture) : IClassFixture<SessionLogTests.LoggingClub>
{
    private const string NotYours = "We could not find that session among yours.";

    private static readonly string[] GymNames = ["Closing Soon Wall", "Long Gone Boulders"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RankingClub Club => fixture.Club;

    [Fact]
    public async Task AMemberCannotReadEditOrDeleteAnotherMembersSessionById()
    {
        var owner = await Club.JoinAsync("Owen", level: 4);
        var other = await Club.JoinAsync("Otto", level: 4);
        var officer = await Club.JoinAsync("Ophelia", level: 5, ClubRole.Officer);
        var id = await Club.LogAsync(owner, "2026-03-24", "18:00", "20:00", (4, 3), (6, 1));
        var missing = id + 1000;
        var before = await Club.SessionsSnapshotAsync();

        foreach (var intruder in new[] { other, officer })
        {
            foreach (var target in new[] { id, missing })
            {
                var read = await Club.CallAsync<LogService, Outcome<SessionForEdit>>(log => log.ForEditAsync(intruder.Principal, target, Ct));
                var edit = await Club.CallAsync<LogService, Outcome>(log => log.UpdateAsync(
                    intruder.Principal, target, Club.Session("2026-03-24", "18:00", "20:00", (10, 200)), Ct));
                var delete = await Club.CallAsync<LogService, Outcome>(log => log.DeleteAsync(intruder.Principal, target, Ct));

                Assert.Equal((OutcomeKind.NotFound, NotYours), (read.Kind, read.Message));
                Assert.Null(read.Value);
                Assert.Equal((OutcomeKind.NotFound, NotYours), (edit.Kind, edit.Message));
                Assert.Equal((OutcomeKind.NotFound, NotYours), (delete.Kind, delete.Message));
            }

            Assert.DoesNotContain(await Club.MineAsync(intruder), s => s.Id == id);
        }

        Assert.Equal(before, await Club.SessionsSnapshotAsync());

        var own = await Club.CallAsync<LogService, Outcome<SessionForEdit>>(log => log.ForEditAsync(owner.Principal, id, Ct));
        Assert.True(own.Succeeded, own.Message);
        Assert.Equal([(Club.ColourId(4), 3), (Club.ColourId(6), 1)], own.Value!.Input.Lines.Select(l => (l.ColourId, l.Count)));
        var deleted = await Club.CallAsync<LogService, Outcome>(log => log.DeleteAsync(owner.Principal, id, Ct));
        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Empty(await Club.MineAsync(owner));
        Assert.False(await Club.App.WithDbAsync(db => db.SessionLines.AnyAsync(l => l.SessionId == id, Ct)));
    }

    [Fact]
    public async Task OverlappingSessionsAreRefusedAndTouchingOnesAreNot()
    {
        var olive = await Club.JoinAsync("Olive", level: 4);
        var evening = await Club.LogAsync(olive, "2026-03-24", "18:00", "20:00", (4, 3));
        var before = await Club.SessionsSnapshotAsync();

        foreach (var (start, end) in new[] { ("19:30", "21:00"), ("17:00", "18:01"), ("17:00", "21:00"), ("18:30", "19:00"), ("18:00", "20:00") })
        {
            var refused = await AddAsync(olive, Club.Session("2026-03-24", start, end, (4, 1)));

            Assert.Equal(
                (OutcomeKind.Conflict, "You already logged a session from 18:00 to 20:00 that day; sessions cannot overlap."),
                (refused.Kind, refused.Message));
            Assert.Equal(nameof(SessionInput.Start), Assert.Single(refused.Errors).Field);
        }

        Assert.Equal(before, await Club.SessionsSnapshotAsync());

        var later = await Club.LogAsync(olive, "2026-03-24", "20:00", "21:00", (4, 1));
        await Club.LogAsync(olive, "2026-03-24", "16:00", "18:00", (4, 1));
        await Club.LogAsync(olive, "2026-03-23", "18:00", "20:00", (4, 1));
        await Club.LogAsync(await Club.JoinAsync("Oscar", level: 4), "2026-03-24", "18:00", "20:00", (4, 1));
        var beforeEdits = await Club.SessionsSnapshotAsync();

        var stretched = await UpdateAsync(olive, evening, Club.Session("2026-03-24", "18:00", "20:30", (4, 3)));
        Assert.Equal(
            (OutcomeKind.Conflict, "You already logged a session from 20:00 to 21:00 that day; sessions cannot overlap."),
            (stretched.Kind, stretched.Message));
        Assert.Equal(beforeEdits, await Club.SessionsSnapshotAsync());

        var shortened = await UpdateAsync(olive, evening, Club.Session("2026-03-24", "18:00", "19:30", (4, 3)));
        Assert.True(shortened.Succeeded, shortened.Message);
        var kept = Assert.Single(await Club.MineAsync(olive), s => s.Id == evening);
        Assert.Equal((new TimeOnly(18, 0), new TimeOnly(19, 30)), (kept.Start, kept.End));
        Assert.Contains(await Club.MineAsync(olive), s => s.Id == later);
    }

    [Fact]
    public async Task AnUnknownOrClosedGymAndAnUnknownColourAreRefused()
    {
        var admin = ClimbClubApp.PrincipalOf(await Club.App.AdminIdAsync());
        var gina = await Club.JoinAsync("Gina", level: 4);
        var created = await Club.CallAsync<GymAdminService, Outcome<Gym>>(g => g.CreateAsync(admin, new GymInput { Name = "Old Quarry Wall" }, Ct));
        Assert.True(created.Succeeded, created.Message);
        var quarry = created.Value!.Id;
        var closed = await Club.CallAsync<GymAdminService, Outcome<Gym>>(g => g.UpdateAsync(admin, quarry, new GymInput { Name = "Old Quarry Wall", IsActive = false }, Ct));
        Assert.True(closed.Succeeded, closed.Message);
        var before = await Club.SessionsSnapshotAsync();

        foreach (var gymId in new[] { 9999, quarry })
        {
            var input = Club.Session("2026-03-24", "18:00", "20:00", (4, 3));
            input.GymId = gymId;

            var refused = await AddAsync(gina, input);

            Assert.Equal((OutcomeKind.Invalid, "Choose one of the gyms listed."), (refused.Kind, refused.Message));
            Assert.Equal(nameof(SessionInput.GymId), Assert.Single(refused.Errors).Field);
        }

        var unknownColour = Club.Session("2026-03-24", "18:00", "20:00", (4, 3));
        unknownColour.Lines.Add(new SessionLineInput { ColourId = 9999, Count = 2 });
        var noSuchColour = await AddAsync(gina, unknownColour);
        Assert.Equal((OutcomeKind.Invalid, "Choose colours from the scale."), (noSuchColour.Kind, noSuchColour.Message));
        Assert.Equal(nameof(SessionInput.Lines), Assert.Single(noSuchColour.Errors).Field);

        Assert.Equal(before, await Club.SessionsSnapshotAsync());
        Assert.Empty(await Club.MineAsync(gina));
    }

    [Fact]
    public async Task ASessionKeepsItsGymWhenEditedAfterTheGymClosedButCannotMoveToAnotherClosedGym()
    {
        var admin = ClimbClubApp.PrincipalOf(await Club.App.AdminIdAsync());
        var kim = await Club.JoinAsync("Kim", level: 4);
        var gyms = new List<int>();
        foreach (var name in GymNames)
        {
            var created = await Club.CallAsync<GymAdminService, Outcome<Gym>>(g => g.CreateAsync(admin, new GymInput { Name = name }, Ct));
            gyms.Add(created.Value!.Id);
        }

        var atClosing = Club.Session("2026-03-23", "18:00", "20:00", (4, 3));
        atClosing.GymId = gyms[0];
        var id = (await AddAsync(kim, atClosing)).Value;
        foreach (var (gym, name) in gyms.Zip(GymNames))
        {
            await Club.CallAsync<GymAdminService, Outcome<Gym>>(g => g.UpdateAsync(admin, gym, new GymInput { Name = name, IsActive = false }, Ct));
        }

        var form = await Club.CallAsync<LogService, Outcome<SessionForEdit>>(log => log.ForEditAsync(kim.Principal, id, Ct));
        Assert.Equal(("Closing Soon Wall", false), (form.Value!.Gym.Name, form.Value.Gym.IsActive));
        var moreProblems = Club.Session("2026-03-23", "18:00", "20:30", (4, 5));
        moreProblems.GymId = gyms[0];
        var kept = await UpdateAsync(kim, id, moreProblems);
        Assert.True(kept.Succeeded, kept.Message);

        moreProblems.GymId = gyms[1];
        var moved = await UpdateAsync(kim, id, moreProblems);
        Assert.Equal((OutcomeKind.Invalid, "Choose one of the gyms listed."), (moved.Kind, moved.Message));
        Assert.Equal(gyms[0], await Club.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.GymId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ASessionLaterThanNowInSeoulIsRefusedWhileOneJustOverIsKept()
    {
        var fumi = await Club.JoinAsync("Fumi", level: 4);
        var before = await Club.SessionsSnapshotAsync();

        var tomorrow = await AddAsync(fumi, Club.Session("2026-03-27", "10:00", "11:00", (4, 1)));
        var notOverYet = await AddAsync(fumi, Club.Session("2026-03-26", "00:30", "01:01", (4, 1)));

        Assert.Equal((OutcomeKind.Invalid, "A session cannot be in the future."), (tomorrow.Kind, tomorrow.Message));
        Assert.Equal(nameof(SessionInput.Date), Assert.Single(tomorrow.Errors).Field);
        Assert.Equal((OutcomeKind.Invalid, "The session cannot end later than now."), (notOverYet.Kind, notOverYet.Message));
        Assert.Equal(nameof(SessionInput.End), Assert.Single(notOverYet.Errors).Field);
        Assert.Equal(before, await Club.SessionsSnapshotAsync());

        // In UTC it is still the 25th, so these would be "in the future" if the service judged by UTC.
        await Club.LogAsync(fumi, "2026-03-26", "00:00", "00:45", (4, 1));
        await Club.LogAsync(fumi, "2026-03-26", "00:45", "01:00", (4, 1));
        Assert.Equal(2, (await Club.MineAsync(fumi)).Count(s => s.Date == RankingClub.Day("2026-03-26")));
    }

    [Fact]
    public async Task TheSessionRulesAreCheckedByTheServiceItself()
    {
        var ivan = await Club.JoinAsync("Ivan", level: 4);
        var before = await Club.SessionsSnapshotAsync();

        var tooMany = await AddAsync(ivan, Club.Session("2026-03-24", "18:00", "20:00", (4, 201)));
        var tooLong = await AddAsync(ivan, Club.Session("2026-03-24", "08:00", "20:01", (4, 1)));
        var twice = await AddAsync(ivan, Club.Session("2026-03-24", "18:00", "20:00", (4, 1), (4, 2)));

        Assert.Equal((OutcomeKind.Invalid, "Lines[0].Count", "Problems per colour are between 1 and 200."), Refusal(tooMany));
        Assert.Equal((OutcomeKind.Invalid, nameof(SessionInput.End), "A session lasts at most 12 hours."), Refusal(tooLong));
        Assert.Equal((OutcomeKind.Invalid, nameof(SessionInput.Lines), "Each colour appears once; add up the problems in one row."), Refusal(twice));
        Assert.Equal(before, await Club.SessionsSnapshotAsync());
    }

    [Fact]
    public async Task AVoidedSessionCannotBeEditedButCanStillBeDeleted()
    {
        var vera = await Club.JoinAsync("Vera", level: 4);
        var victor = await Club.JoinAsync("Victor", level: 6, ClubRole.Officer);
        var id = await Club.LogAsync(vera, "2026-03-23", "18:00", "20:00", (4, 3));

        var byMember = await VoidAsync(vera, id, "Mine");
        Assert.Equal((OutcomeKind.Denied, "Only officers can do this."), (byMember.Kind, byMember.Message));
        var voided = await VoidAsync(victor, id, "  Logged twice ");
        Assert.True(voided.Succeeded, voided.Message);
        var again = await VoidAsync(victor, id, "Still twice");
        Assert.Equal((OutcomeKind.Conflict, "This session is already voided."), (again.Kind, again.Message));
        var before = await Club.SessionsSnapshotAsync();

        var edit = await UpdateAsync(vera, id, Club.Session("2026-03-23", "18:00", "20:00", (4, 5)));

        Assert.Equal(
            (OutcomeKind.Conflict, "An officer voided this session (\"Logged twice\"), so it can no longer be changed. You can still delete it."),
            (edit.Kind, edit.Message));
        Assert.Equal(before, await Club.SessionsSnapshotAsync());
        var shown = await Club.CallAsync<LogService, Outcome<SessionForEdit>>(log => log.ForEditAsync(vera.Principal, id, Ct));
        Assert.Equal("Logged twice", shown.Value!.VoidReason);

        var deleted = await Club.CallAsync<LogService, Outcome>(log => log.DeleteAsync(vera.Principal, id, Ct));
        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Empty(await Club.MineAsync(vera));
    }

    private static (OutcomeKind Kind, string? Field, string Message) Refusal(Outcome<long> outcome)
    {
        var error = Assert.Single(outcome.Errors);
        return (outcome.Kind, error.Field, error.Message);
    }

    private Task<Outcome<long>> AddAsync(Climber who, SessionInput input) =>
        Club.CallAsync<LogService, Outcome<long>>(log => log.AddAsync(who.Principal, input, Ct));

    private Task<Outcome> UpdateAsync(Climber who, long id, SessionInput input) =>
        Club.CallAsync<LogService, Outcome>(log => log.UpdateAsync(who.Principal, id, input, Ct));

    private Task<Outcome> VoidAsync(Climber who, long id, string reason) =>
        Club.CallAsync<LogService, Outcome>(log => log.VoidAsync(who.Principal, id, new VoidInput { Reason = reason }, Ct));

    /// <summary>One club for the whole class; each test brings its own members.</summary>
    public sealed class LoggingClub : IAsyncLifetime
    {
        internal RankingClub Club { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Club = await RankingClub.StartAsync("2026-03-26 01:00");

        public async ValueTask DisposeAsync()
        {
            if (Club is not null)
            {
                await Club.DisposeAsync();
            }
        }
    }
}

using ClimbClub.Core;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Profile;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// A member deletes their own account. Quillon is an officer who has logged sessions, voided another member's session,
/// had one of their own voided, and had their role changed: after deletion nothing in the database names them.
/// </summary>
public sealed class AccountDeletionTests
{
    private const string Name = "Quillon";
    private const string Email = "quillon@club.test";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterDeletionNothingNamesTheMemberAndTheBoardsDropThem()
    {
        await using var club = await RankingClub.StartAsync("2026-03-10 22:00");
        var (quillon, hana) = await PlayAsync(club);
        Assert.Equal(["1. Quillon 5 pts, 5 problems, 60 min, 1 sessions", "2. Hana 3 pts, 3 problems, 60 min, 1 sessions"], RankingClub.Rows((await club.WeekBoardAsync(hana)).Board));

        var deleted = await DeleteAsync(club, quillon, ClimbClubApp.MemberPassword);

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Empty(await TraceAsync(club.App, Name, Email, quillon.Id));
        Assert.Equal(0, await club.App.WithDbAsync(db => db.SessionLines.CountAsync(l => !db.Sessions.Any(s => s.Id == l.SessionId), Ct)));
        Assert.Null(await club.CallAsync<UserManager<ClubMember>, ClubMember?>(users => users.FindByEmailAsync(Email)));
        Assert.Equal(["2. Hana 3 pts, 3 problems, 60 min, 1 sessions"], RankingClub.Rows((await club.WeekBoardAsync(hana)).Board));

        await club.RefreshAsync();
        Assert.Equal(["1. Hana 3 pts, 3 problems, 60 min, 1 sessions"], RankingClub.Rows((await club.WeekBoardAsync(hana)).Board));
        Assert.Equal(["1. Hana 3 pts, 3 problems, 60 min, 1 sessions"], RankingClub.Rows(await club.AllTimeBoardAsync(hana)));

        var audit = await club.App.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => $"{e.ActorName}: {e.Action}: {e.Summary}").ToListAsync(Ct));
        Assert.Equal(
            [
                "Club Admin: member.role-changed: (deleted account)",
                "(deleted account): session.voided: voided Hana's session of 2026-03-10: \"Logged twice\"",
                "Club Admin: session.voided: (deleted account)",
                "(deleted account): member.account-deleted: a member deleted their account and its data",
            ],
            audit);
        var hanasVoid = await club.App.WithDbAsync(db => db.Sessions.SingleAsync(s => s.MemberId == hana.Id && s.VoidedAt != null, Ct));
        Assert.Equal(("Logged twice", null), (hanasVoid.VoidReason, hanasVoid.VoidedById));
    }

    [Fact]
    public async Task AnOfficersAttendanceAndTheDecisionsTheyMadeNameThemNoMore()
    {
        await using var club = await AttendanceClub.StartAsync("2026-03-04 19:10");
        var sessionId = await club.AddSessionAsync(DayOfWeek.Wednesday, club.HomeGym, "19:00");
        var quillon = await club.Club.JoinAsync(Name, level: 4, ClubRole.Officer);
        var hana = await club.JoinAsync("Hana");
        Assert.True((await club.CheckInAsync(quillon, await club.CodeAsync(club.HomeGym))).Succeeded);
        var hanasRequest = await club.RequestAsync(hana, sessionId);
        Assert.True((await club.DecideAsync(quillon, hanasRequest.Value, approve: true)).Succeeded);

        var deleted = await DeleteAsync(club.Club, quillon, ClimbClubApp.MemberPassword);

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Empty(await TraceAsync(club.Club.App, Name, Email, quillon.Id));
        Assert.Equal(["Hana 2026-03-01 #1: Present by Request"], await club.RecordsAsync(hana));
    }

    [Fact]
    public async Task NewsAboutTheMemberAndTheChallengesTheySetNameThemNoMore()
    {
        await using var club = await RankingClub.StartAsync("2026-03-04 22:00");
        var quillon = await club.JoinAsync(Name, level: 4, ClubRole.Officer);
        var hana = await club.JoinAsync("Hana", level: 4);
        var set = await club.CallAsync<ChallengeService, Outcome<int>>(s => s.CreateAsync(quillon.Principal, new ChallengeInput
        {
            Title = "March sessions", StartDate = RankingClub.Day("2026-03-01"), EndDate = RankingClub.Day("2026-03-31"), GoalKind = ChallengeGoalKind.Sessions, Target = 4,
        }, Ct));
        Assert.True((await club.CallAsync<ChallengeService, Outcome>(s => s.JoinAsync(hana.Principal, set.Value, Ct))).Succeeded);
        await club.LogAsync(hana, "2026-03-02", "18:00", "19:00", (4, 2));
        await club.RefreshAsync();
        await club.LogAsync(quillon, "2026-03-03", "18:00", "19:00", (4, 5));
        await club.RefreshAsync();
        Assert.Equal(1, await club.App.WithDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == hana.Id && n.Subject == Name, Ct)));

        var deleted = await DeleteAsync(club, quillon, ClimbClubApp.MemberPassword);

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Empty(await TraceAsync(club.App, Name, Email, quillon.Id));
        Assert.Equal(["March sessions"], await club.App.WithDbAsync(db => db.Challenges.Select(c => c.Title).ToListAsync(Ct)));
    }

    [Fact]
    public async Task AWrongPasswordDeletesNothing()
    {
        await using var club = await RankingClub.StartAsync("2026-03-10 22:00");
        var (quillon, _) = await PlayAsync(club);
        var before = await club.SessionsSnapshotAsync();

        var wrong = await DeleteAsync(club, quillon, "Not-my-password-1");
        var empty = await DeleteAsync(club, quillon, "");

        Assert.Equal((OutcomeKind.Invalid, "That password is not right."), (wrong.Kind, wrong.Message));
        Assert.Equal((OutcomeKind.Invalid, "Enter your password to confirm."), (empty.Kind, empty.Message));
        Assert.Equal(before, await club.SessionsSnapshotAsync());
        Assert.NotEmpty(await TraceAsync(club.App, Name, Email, quillon.Id));
        Assert.NotNull(await club.CallAsync<UserManager<ClubMember>, ClubMember?>(users => users.FindByEmailAsync(Email)));
    }

    [Fact]
    public async Task TheClubsOnlyAdminCannotDeleteTheirAccountButOneOfTwoCan()
    {
        await using var app = new ClimbClubApp();
        var admin = ClimbClubApp.PrincipalOf(await app.AdminIdAsync());

        var refused = await CallAsync(app, d => d.DeleteAsync(admin, ClimbClubApp.AdminPassword, Ct));

        Assert.Equal(OutcomeKind.Conflict, refused.Kind);
        Assert.Equal("You are the club's only admin. Make another member an admin before you delete your account.", refused.Message);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == ClimbClubApp.AdminEmail, Ct)));

        await app.CreateMemberAsync("second-admin@club.test", ClubRole.Admin);
        var deleted = await CallAsync(app, d => d.DeleteAsync(admin, ClimbClubApp.AdminPassword, Ct));
        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == ClimbClubApp.AdminEmail, Ct)));
    }

    [Fact]
    public async Task OnlyAnApprovedMemberCanDeleteThroughThisWay()
    {
        await using var app = new ClimbClubApp();
        var pending = await app.CreateMemberAsync("pending-delete@club.test", status: ApprovalStatus.Pending);

        var outcome = await CallAsync(app, d => d.DeleteAsync(ClimbClubApp.PrincipalOf(pending), ClimbClubApp.MemberPassword, Ct));

        Assert.Equal(OutcomeKind.Denied, outcome.Kind);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == pending, Ct)));
    }

    /// <summary>Quillon (officer) and Hana log in week 2 of the 12th; each voids one of the other's sessions' kind.</summary>
    private static async Task<(Climber Quillon, Climber Hana)> PlayAsync(RankingClub club)
    {
        var quillon = await club.JoinAsync(Name, level: 4);
        var hana = await club.JoinAsync("Hana", level: 4);
        var admin = ClimbClubApp.PrincipalOf(await club.App.AdminIdAsync());
        var promoted = await club.CallAsync<MemberAdminService, Outcome>(m => m.ChangeRoleAsync(admin, quillon.Id, ClubRole.Officer, Ct));
        Assert.True(promoted.Succeeded, promoted.Message);

        await club.LogAsync(quillon, "2026-03-09", "18:00", "19:00", (4, 5));
        await club.LogAsync(hana, "2026-03-09", "18:00", "19:00", (4, 3));
        var hanasTwice = await club.LogAsync(hana, "2026-03-10", "18:00", "19:00", (4, 3));
        var quillonsExtra = await club.LogAsync(quillon, "2026-03-10", "19:00", "20:00", (6, 9));
        Assert.True((await club.CallAsync<LogService, Outcome>(l => l.VoidAsync(quillon.Principal, hanasTwice, new VoidInput { Reason = "Logged twice" }, Ct))).Succeeded);
        Assert.True((await club.CallAsync<LogService, Outcome>(l => l.VoidAsync(admin, quillonsExtra, new VoidInput { Reason = "Wrong gym" }, Ct))).Succeeded);
        await club.App.WithDbAsync(async db =>
        {
            db.EmailCodes.Add(new EmailCode { Id = Guid.NewGuid(), Email = Email, CodeHash = [1], Salt = [2], RequestedFromIp = "127.0.0.1" });
            return await db.SaveChangesAsync(Ct);
        });
        await club.RefreshAsync();
        return (quillon, hana);
    }

    private static Task<Outcome> DeleteAsync(RankingClub club, Climber who, string password) =>
        club.CallAsync<AccountDeletionService, Outcome>(d => d.DeleteAsync(who.Principal, password, Ct));

    private static async Task<Outcome> CallAsync(ClimbClubApp app, Func<AccountDeletionService, Task<Outcome>> call)
    {
        await using var scope = app.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<AccountDeletionService>());
    }

    /// <summary>Every "table.column" of the database whose text holds any of <paramref name="needles"/>.</summary>
    private static Task<List<string>> TraceAsync(ClimbClubApp app, params string[] needles) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        var found = (await TestDatabase.StoredValuesAsync(connection, Ct))
            .Where(v => v.Value is string text && needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .Select(v => $"{v.Column}: {v.Value}")
            .ToList();
        return found;
    });
}

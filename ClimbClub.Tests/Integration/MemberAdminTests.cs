using System.Net;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>An admin deciding sign-ups and managing roles, through the service the admin pages call.</summary>
public sealed class MemberAdminTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string SignInLink = "http://localhost/Account/Login";

    [Fact]
    public async Task ApprovingASignUpMailsAWelcomeRecordsItAndLetsTheMemberIn()
    {
        const string email = "welcome@uni.test";
        using var applicant = app.CreateVisitor();
        var id = await applicant.SignUpAsync(app, email, "Welcome Won");
        using var waiting = await applicant.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal("/Account/Pending", waiting.RedirectTarget());

        var outcome = await AsAdminAsync((m, admin) => m.ApproveAsync(admin, id, SignInLink));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(ApprovalStatus.Approved, await ClubState.StatusOfAsync(app, id));
        var mail = await app.Mail.WaitForAsync(email, 2);
        Assert.StartsWith("Welcome to", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Hello Welcome Won", mail.Body, StringComparison.Ordinal);
        Assert.Contains(SignInLink, mail.Links);
        var entry = await LatestAuditAsync(id);
        Assert.Equal((AuditActions.MemberApproved, "approved Welcome Won"), (entry.Action, entry.Summary));

        using var refreshed = await applicant.GetAsync("/Account/Pending", TestContext.Current.CancellationToken);
        Assert.Equal("/", refreshed.RedirectTarget());
        using var home = await applicant.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Welcome back, Welcome Won!", await home.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectingWithAReasonMailsTheReason()
    {
        const string email = "not-yet@uni.test";
        var id = await app.CreateMemberAsync(email, status: ApprovalStatus.Pending, displayName: "Not Yet");

        var outcome = await AsAdminAsync((m, admin) => m.RejectAsync(admin, id, new Rejection { Reason = "Please join at the spring fair." }));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(ApprovalStatus.Rejected, await ClubState.StatusOfAsync(app, id));
        var mail = await app.Mail.WaitForAsync(email);
        Assert.Contains("Hello Not Yet", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Reason: Please join at the spring fair.", mail.Body, StringComparison.Ordinal);
        var entry = await LatestAuditAsync(id);
        Assert.Equal(AuditActions.MemberRejected, entry.Action);
        Assert.Contains("Please join at the spring fair.", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectingWithoutAReasonMailsNoEmptyReasonLine()
    {
        const string email = "no-reason@uni.test";
        var id = await app.CreateMemberAsync(email, status: ApprovalStatus.Pending, displayName: "No Reason");

        var outcome = await AsAdminAsync((m, admin) => m.RejectAsync(admin, id, new Rejection { Reason = "   " }));

        Assert.True(outcome.Succeeded, outcome.Message);
        var mail = await app.Mail.WaitForAsync(email);
        Assert.Contains("did not approve your sign-up", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reason:", mail.Body, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.RejectionReason).SingleAsync()));
    }

    [Fact]
    public async Task ASignUpIsDecidedOnlyOnce()
    {
        const string email = "decided@uni.test";
        var id = await app.CreateMemberAsync(email, status: ApprovalStatus.Pending, displayName: "Decided Do");
        Assert.True((await AsAdminAsync((m, admin) => m.ApproveAsync(admin, id, SignInLink))).Succeeded);
        await app.Mail.WaitForAsync(email);
        var before = await ClubState.SnapshotAsync(app);

        var approvedAgain = await AsAdminAsync((m, admin) => m.ApproveAsync(admin, id, SignInLink));
        var rejectedAfter = await AsAdminAsync((m, admin) => m.RejectAsync(admin, id, new Rejection { Reason = "Changed my mind." }));

        Assert.Equal(OutcomeKind.Conflict, approvedAgain.Kind);
        Assert.Equal(OutcomeKind.Conflict, rejectedAfter.Kind);
        Assert.Equal("Decided Do's sign-up was already decided, perhaps by another admin.", rejectedAfter.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
        Assert.Single(app.Mail.To(email));
    }

    [Fact]
    public async Task TheMemberListFindsMembersByNameStatusAndRole()
    {
        await app.CreateMemberAsync("finder-officer@uni.test", ClubRole.Officer, displayName: "Finder Officer");
        await app.CreateMemberAsync("finder-member@uni.test", displayName: "Finder Member");
        await app.CreateMemberAsync("finder-pending@uni.test", status: ApprovalStatus.Pending, displayName: "Finder Pending");

        var everyone = await SearchAsync(new MemberQuery("FINDER", MemberStatusFilter.All, null, 0, 50));
        var officers = await SearchAsync(new MemberQuery("finder", MemberStatusFilter.All, ClubRole.Officer, 0, 50));
        var plainMembers = await SearchAsync(new MemberQuery("finder", MemberStatusFilter.All, ClubRole.Member, 0, 50));
        var waiting = await SearchAsync(new MemberQuery("finder", MemberStatusFilter.Pending, null, 0, 50));
        var byEmail = await SearchAsync(new MemberQuery("finder-officer@", MemberStatusFilter.Active, null, 0, 50));

        Assert.Equal(3, everyone.Total);
        Assert.Equal(
            "Finder Member (Member), Finder Officer (Officer), Finder Pending (Member)",
            string.Join(", ", everyone.Rows.Select(r => $"{r.DisplayName} ({r.Role})")));
        Assert.Equal("Finder Officer", Assert.Single(officers.Rows).DisplayName);
        Assert.Equal("Finder Member, Finder Pending", string.Join(", ", plainMembers.Rows.Select(r => r.DisplayName)));
        Assert.Equal(ApprovalStatus.Pending, Assert.Single(waiting.Rows).Status);
        Assert.Equal("finder-officer@uni.test", Assert.Single(byEmail.Rows).Email);
    }

    [Fact]
    public async Task ASearchWithMoreMembersThanAPageGoesOnWithTheNextMembersInNameOrder()
    {
        var names = await CreatePagedMembersAsync(app, 23);
        await app.CreateMemberAsync("other-oak@uni.test", displayName: "Other Oak");

        var first = await SearchAsync(new MemberQuery("PAGED", MemberStatusFilter.All, null, 0, 20));
        var second = await SearchAsync(new MemberQuery("paged", MemberStatusFilter.All, null, 20, 20));

        Assert.Equal((23, 23), (first.Total, second.Total));
        Assert.Equal(names[..20], first.Rows.Select(r => r.DisplayName));
        Assert.Equal(names[20..], second.Rows.Select(r => r.DisplayName));
    }

    [Fact]
    public async Task TheMemberListPageShowsTheCountTheFirstPageInNameOrderAndAPagerInTheClubsWords()
    {
        await using var club = new ClimbClubApp();
        var names = await CreatePagedMembersAsync(club, 23);
        using var admin = await club.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);

        using var response = await admin.GetAsync("/admin/members", TestContext.Current.CancellationToken);

        var page = await response.ReadPageAsync();
        Assert.Contains("24 found", Journeys.Text(page), StringComparison.Ordinal);
        Assert.Equal(
            ["Club Admin", .. names[..19]],
            page.QuerySelectorAll("[data-testid=member-row] .member-name").Select(n => n.TextContent.Trim()));
        var next = page.QuerySelector(".rz-pager-next");
        Assert.Equal(("Go to the next page", "Next page"), (next?.GetAttribute("aria-label"), next?.GetAttribute("title")));
        Assert.Equal(
            ["Go to page 1", "Go to page 2"],
            page.QuerySelectorAll(".rz-pager-page").Select(p => p.GetAttribute("aria-label") ?? ""));
    }

    [Fact]
    public async Task RoleChangesAreRecordedAndLeaveExactlyOneRole()
    {
        var id = await app.CreateMemberAsync("promoted@uni.test", displayName: "Promoted Pyo");

        var toOfficer = await AsAdminAsync((m, admin) => m.ChangeRoleAsync(admin, id, ClubRole.Officer));
        var officerEntry = await LatestAuditAsync(id);
        var toMember = await AsAdminAsync((m, admin) => m.ChangeRoleAsync(admin, id, ClubRole.Member));

        Assert.True(toOfficer.Succeeded, toOfficer.Message);
        Assert.True(toMember.Succeeded, toMember.Message);
        Assert.Equal((AuditActions.RoleChanged, "changed Promoted Pyo from Member to Officer"), (officerEntry.Action, officerEntry.Summary));
        Assert.Equal("changed Promoted Pyo from Officer to Member", (await LatestAuditAsync(id)).Summary);
        Assert.Equal(ClubRoles.Member, Assert.Single(await ClubState.RolesOfAsync(app, id)));
    }

    [Fact]
    public async Task AnApplicantsRoleCannotBeChangedBeforeApproval()
    {
        var id = await app.CreateMemberAsync("early@uni.test", status: ApprovalStatus.Pending, displayName: "Early Eun");
        var before = await ClubState.SnapshotAsync(app);

        var outcome = await AsAdminAsync((m, admin) => m.ChangeRoleAsync(admin, id, ClubRole.Officer));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Fact]
    public async Task TheLastActiveAdminStaysAnAdminUntilAnotherAdminExists()
    {
        await using var club = new ClimbClubApp();
        var first = await club.AdminIdAsync();
        var before = await ClubState.SnapshotAsync(club);

        var demoteSelf = await MembersAsync(club, m => m.ChangeRoleAsync(ClimbClubApp.PrincipalOf(first), first, ClubRole.Officer));
        var deactivateSelf = await MembersAsync(club, m => m.SetActiveAsync(ClimbClubApp.PrincipalOf(first), first, active: false));

        Assert.Equal(OutcomeKind.Conflict, demoteSelf.Kind);
        Assert.Equal("Club Admin is the club's last active admin. Make someone else an admin first.", demoteSelf.Message);
        Assert.Equal(OutcomeKind.Conflict, deactivateSelf.Kind);
        Assert.Equal("You cannot deactivate your own account.", deactivateSelf.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(club));

        var second = await club.CreateMemberAsync("second-admin@uni.test", displayName: "Second Seo");
        Assert.True((await MembersAsync(club, m => m.ChangeRoleAsync(ClimbClubApp.PrincipalOf(first), second, ClubRole.Admin))).Succeeded);

        var deactivateFirst = await MembersAsync(club, m => m.SetActiveAsync(ClimbClubApp.PrincipalOf(second), first, active: false));
        Assert.True(deactivateFirst.Succeeded, deactivateFirst.Message);
        var lastNow = await ClubState.SnapshotAsync(club);
        var demoteLast = await MembersAsync(club, m => m.ChangeRoleAsync(ClimbClubApp.PrincipalOf(second), second, ClubRole.Member));
        Assert.Equal(OutcomeKind.Conflict, demoteLast.Kind);
        Assert.Contains("Second Seo is the club's last active admin.", demoteLast.Message, StringComparison.Ordinal);
        Assert.Equal(lastNow, await ClubState.SnapshotAsync(club));

        Assert.True((await MembersAsync(club, m => m.SetActiveAsync(ClimbClubApp.PrincipalOf(second), first, active: true))).Succeeded);
        var demoteFirst = await MembersAsync(club, m => m.ChangeRoleAsync(ClimbClubApp.PrincipalOf(second), first, ClubRole.Member));
        Assert.True(demoteFirst.Succeeded, demoteFirst.Message);
        Assert.Equal(ClubRoles.Member, Assert.Single(await ClubState.RolesOfAsync(club, first)));
        Assert.Equal(
            [AuditActions.RoleChanged, AuditActions.MemberDeactivated, AuditActions.MemberReactivated, AuditActions.RoleChanged],
            await club.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task AnAdminCannotDeactivateThemselvesEvenWithAnotherAdminAround()
    {
        var other = await app.CreateMemberAsync("co-admin@uni.test", ClubRole.Admin, displayName: "Co Admin");
        var before = await ClubState.SnapshotAsync(app);

        var outcome = await AsAdminAsync((m, admin) => m.SetActiveAsync(ClimbClubApp.PrincipalOf(other), other, active: false));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal("You cannot deactivate your own account.", outcome.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Fact]
    public async Task DeactivatingAMemberIsRecordedAndSignsThemOutWithinAMinute()
    {
        const string email = "leaving@uni.test";
        await using var club = new ClimbClubApp().WithManualClock();
        var id = await club.CreateMemberAsync(email, displayName: "Leaving Lee");
        using var member = await club.SignedInVisitorAsync(email);
        using var before = await member.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("Welcome back, Leaving Lee!", await before.TextAsync(), StringComparison.Ordinal);

        var admin = ClimbClubApp.PrincipalOf(await club.AdminIdAsync());
        var outcome = await MembersAsync(club, m => m.SetActiveAsync(admin, id, active: false));

        Assert.True(outcome.Succeeded, outcome.Message);
        var entry = await club.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.TargetId == id));
        Assert.Equal((AuditActions.MemberDeactivated, "deactivated Leaving Lee"), (entry.Action, entry.Summary));
        club.Clock!.Advance(TimeSpan.FromSeconds(61));
        using var after = await member.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Welcome back", await after.TextAsync(), StringComparison.Ordinal);
        Assert.Null(await club.SignInTargetAsync(email, ClimbClubApp.MemberPassword));
    }

    /// <summary>Members named "Paged 01" onwards, created in reverse name order; returns their names in name order.</summary>
    private static async Task<string[]> CreatePagedMembersAsync(ClimbClubApp club, int count)
    {
        var names = Enumerable.Range(1, count).Select(n => $"Paged {n:00}").ToArray();
        foreach (var name in names.OrderByDescending(n => n, StringComparer.Ordinal))
        {
            await club.CreateMemberAsync($"{name.Replace(' ', '-').ToLowerInvariant()}@uni.test", displayName: name);
        }

        return names;
    }

    /// <summary>Calls the service as the club's (bootstrap) admin.</summary>
    private async Task<T> AsAdminAsync<T>(Func<MemberAdminService, ClaimsPrincipal, Task<T>> call)
    {
        var admin = ClimbClubApp.PrincipalOf(await app.AdminIdAsync());
        return await MembersAsync(app, m => call(m, admin));
    }

    private async Task<MemberPage> SearchAsync(MemberQuery query)
    {
        var outcome = await AsAdminAsync((m, admin) => m.SearchAsync(admin, query));
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }

    private static async Task<T> MembersAsync<T>(ClimbClubApp club, Func<MemberAdminService, Task<T>> call)
    {
        await using var scope = club.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<MemberAdminService>());
    }

    private Task<Web.Data.AuditEntry> LatestAuditAsync(string targetId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.TargetId == targetId).OrderByDescending(e => e.Id).FirstAsync());
}

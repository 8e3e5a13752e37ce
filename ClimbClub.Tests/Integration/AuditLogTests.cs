using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Members;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>What the audit log page shows an admin after other admins act on members.</summary>
public sealed class AuditLogTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task TheAuditLogPageShowsWhoDidWhatToWhomNewestFirst()
    {
        var applicant = await app.CreateMemberAsync("ann@uni.test", status: ApprovalStatus.Pending, displayName: "Ann Applicant");
        var turnedDown = await app.CreateMemberAsync("rex@uni.test", status: ApprovalStatus.Pending, displayName: "Rex Rejected");
        var promoted = await app.CreateMemberAsync("mo@uni.test", displayName: "Mo Member");
        var ada = ClimbClubApp.PrincipalOf(await app.CreateMemberAsync("ada@uni.test", ClubRole.Admin, displayName: "Ada Admin"));
        var clubAdmin = ClimbClubApp.PrincipalOf(await app.AdminIdAsync());

        await ActAsync(m => m.ApproveAsync(clubAdmin, applicant, "http://localhost/Account/Login", TestContext.Current.CancellationToken));
        await ActAsync(m => m.RejectAsync(ada, turnedDown, new Rejection { Reason = "Not on the roster." }, TestContext.Current.CancellationToken));
        await ActAsync(m => m.ChangeRoleAsync(ada, promoted, ClubRole.Officer, TestContext.Current.CancellationToken));
        using var admin = await app.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);

        using var response = await admin.GetAsync("/admin/audit", TestContext.Current.CancellationToken);

        var rows = (await response.ReadPageAsync()).QuerySelectorAll("[data-testid=audit-row]")
            .Select(row => (row.QuerySelector(".chip")?.TextContent ?? "", row.QuerySelector(".audit-summary")?.TextContent ?? ""));
        Assert.Equal(
            [
                ("Role changed", "Ada Admin · changed Mo Member from Member to Officer"),
                ("Sign-up rejected", "Ada Admin · rejected Rex Rejected: \"Not on the roster.\""),
                ("Sign-up approved", "Club Admin · approved Ann Applicant"),
            ],
            rows);
    }

    private async Task ActAsync(Func<MemberAdminService, Task<Outcome>> action)
    {
        await using var scope = app.Scope();
        var outcome = await action(scope.ServiceProvider.GetRequiredService<MemberAdminService>());
        Assert.True(outcome.Succeeded, outcome.Message);
    }
}

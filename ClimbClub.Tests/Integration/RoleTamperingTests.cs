using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>The reference system let sign-up pick the admin role. Here nothing a visitor posts can grant one.</summary>
public sealed class RoleTamperingTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private static readonly Dictionary<string, string> RoleGrabs = new(StringComparer.Ordinal)
    {
        ["Input.Role"] = "Admin",
        ["Role"] = "Admin",
        ["Input.Roles"] = "Admin",
        ["Input.ApprovalStatus"] = "Approved",
        ["ApprovalStatus"] = "Approved",
        ["Input.IsActive"] = "true",
        ["Input.Id"] = "forged-id",
    };

    [Fact]
    public async Task AMemberCannotGrantARoleByTamperingWithTheSignUpForm()
    {
        const string email = "sneaky@uni.test";
        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(email);
        var mail = await app.Mail.WaitForAsync(email);
        await visitor.EnterCodeAsync(mail.Code!);

        var finished = await visitor.FinishSignUpAsync(app, "Sneaky Seo", RoleGrabs);

        Assert.Equal("/Account/Pending", finished.RedirectTarget());
        var member = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.NotEqual("forged-id", member.Id);
        Assert.Equal(ApprovalStatus.Pending, member.ApprovalStatus);
        Assert.Equal(ClubRoles.Member, Assert.Single(await ClubState.RolesOfAsync(app, member.Id)));
        using var admin = await visitor.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Equal("/Account/Pending", admin.RedirectTarget());
    }

    [Fact]
    public async Task AnApplicantCannotApproveThemselvesByTamperingWithTheDetailsForm()
    {
        const string email = "impatient@uni.test";
        using var visitor = app.CreateVisitor();
        var id = await visitor.SignUpAsync(app, email, "Impatient Im");
        var fields = await Journeys.DetailsFieldsAsync(app, "Details", "Impatient Im");
        fields["Details.ApprovalStatus"] = "Approved";
        fields["Details.Role"] = "Admin";
        fields["Role"] = "Admin";

        var saved = await visitor.SubmitAsync("/Account/Pending", "applicant-details", fields);

        Assert.Equal("/Account/Pending", saved.RedirectTarget());
        Assert.Equal(ApprovalStatus.Pending, await ClubState.StatusOfAsync(app, id));
        Assert.Equal(ClubRoles.Member, Assert.Single(await ClubState.RolesOfAsync(app, id)));
    }

    [Fact]
    public async Task AMemberCannotChangeTheirOwnRoleThroughTheService()
    {
        var memberId = await app.CreateMemberAsync("climber@uni.test", displayName: "Climber Cho");
        var before = await ClubState.SnapshotAsync(app);
        await using var scope = app.Scope();
        var members = scope.ServiceProvider.GetRequiredService<MemberAdminService>();

        var toAdmin = await members.ChangeRoleAsync(ClimbClubApp.PrincipalOf(memberId), memberId, ClubRole.Admin, TestContext.Current.CancellationToken);
        var toOfficer = await members.ChangeRoleAsync(ClimbClubApp.PrincipalOf(memberId), memberId, ClubRole.Officer, TestContext.Current.CancellationToken);

        Assert.Equal(OutcomeKind.Denied, toAdmin.Kind);
        Assert.Equal(OutcomeKind.Denied, toOfficer.Kind);
        Assert.Equal("Only an admin can do this.", toAdmin.Message);
        Assert.Equal(ClubRoles.Member, Assert.Single(await ClubState.RolesOfAsync(app, memberId)));
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }
}

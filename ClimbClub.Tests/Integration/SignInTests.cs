using System.Net;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>Signing in: lockout, deactivated accounts, and what applicants see and may do while they wait.</summary>
public sealed class SignInTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountForFiveMinutesEvenAgainstTheRightOne()
    {
        const string email = "forgetful@uni.test";
        var id = await app.CreateMemberAsync(email);
        using var visitor = app.CreateVisitor();

        for (var i = 1; i <= 4; i++)
        {
            using var wrong = await visitor.SignInAsync(email, "Not-the-pass-1!");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Wrong email or password.", await wrong.TextAsync(), StringComparison.Ordinal);
        }

        using var fifth = await visitor.SignInAsync(email, "Not-the-pass-1!");
        Assert.Equal("/Account/Lockout", fifth.RedirectTarget());
        Assert.NotNull((await visitor.FollowAsync(fifth)).QuerySelector("[data-testid=locked-out]"));

        using var right = await visitor.SignInAsync(email, ClimbClubApp.MemberPassword);
        Assert.Equal("/Account/Lockout", right.RedirectTarget());
        using var home = await visitor.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Welcome back", await home.TextAsync(), StringComparison.Ordinal);

        // Identity's lockout reads the wall clock, not the app's TimeProvider, so the five minutes pass in the database.
        var lockoutEnd = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4.5), TimeSpan.FromMinutes(5));
        await MoveLockoutEndAsync(id, -TimeSpan.FromMinutes(4.5));
        using var stillLocked = await visitor.SignInAsync(email, ClimbClubApp.MemberPassword);
        Assert.Equal("/Account/Lockout", stillLocked.RedirectTarget());

        await MoveLockoutEndAsync(id, -TimeSpan.FromMinutes(0.5));
        using var afterLockout = await visitor.SignInAsync(email, ClimbClubApp.MemberPassword);
        Assert.Equal(HttpStatusCode.Redirect, afterLockout.StatusCode);
        Assert.Equal("/", afterLockout.RedirectTarget());
        using var welcome = await visitor.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("Welcome back", await welcome.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeactivatedMemberIsToldTheAccountWasDeactivated()
    {
        const string email = "gone@uni.test";
        var id = await app.CreateMemberAsync(email);
        await using (var scope = app.Scope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<MemberAdminService>()
                .SetActiveAsync(ClimbClubApp.PrincipalOf(await app.AdminIdAsync()), id, active: false, TestContext.Current.CancellationToken);
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        using var visitor = app.CreateVisitor();
        using var refused = await visitor.SignInAsync(email, ClimbClubApp.MemberPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This account has been deactivated.", await refused.TextAsync(), StringComparison.Ordinal);
        using var home = await visitor.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Welcome back", await home.TextAsync(), StringComparison.Ordinal);

        using var wrongPassword = await visitor.SignInAsync(email, "Not-the-pass-1!");
        Assert.Contains("Wrong email or password.", await wrongPassword.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedApplicantWhoSignsInSeesWhyOnTheAwaitingPage()
    {
        const string email = "turned-down@uni.test";
        var id = await app.CreateMemberAsync(email, status: ApprovalStatus.Pending, displayName: "Turned Down");
        await using (var scope = app.Scope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<MemberAdminService>()
                .RejectAsync(ClimbClubApp.PrincipalOf(await app.AdminIdAsync()), id, new Rejection { Reason = "  We could not find you on the club roster.  " }, TestContext.Current.CancellationToken);
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        using var visitor = app.CreateVisitor();
        using var signedIn = await visitor.SignInAsync(email, ClimbClubApp.MemberPassword);

        Assert.Equal("/Account/Pending", signedIn.RedirectTarget());
        var page = await visitor.FollowAsync(signedIn);
        Assert.NotNull(page.QuerySelector("[data-testid=rejected]"));
        Assert.Null(page.QuerySelector("[data-testid=awaiting-approval]"));
        Assert.Equal("We could not find you on the club roster.", page.QuerySelector("[data-testid=rejection-reason]")?.TextContent);
    }

    [Fact]
    public async Task APendingApplicantCanCorrectTheirDetailsWhileWaiting()
    {
        const string email = "typo@uni.test";
        using var visitor = app.CreateVisitor();
        var id = await visitor.SignUpAsync(app, email, "Typo Tae");
        var fields = await Journeys.DetailsFieldsAsync(app, "Details", "Tidy Tae", avatar: "wave");

        using var saved = await visitor.SubmitAsync("/Account/Pending", "applicant-details", fields);

        Assert.Equal("/Account/Pending", saved.RedirectTarget());
        var page = await visitor.FollowAsync(saved);
        Assert.Contains("Your details were saved.", Journeys.Text(page), StringComparison.Ordinal);
        Assert.Contains("Tidy Tae", Journeys.Text(page), StringComparison.Ordinal);
        var member = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Equal(("Tidy Tae", "wave", ApprovalStatus.Pending), (member.DisplayName, member.Avatar, member.ApprovalStatus));
    }

    [Fact]
    public async Task APendingApplicantWithdrawsWithTheirPasswordAndLeavesNothingBehind()
    {
        const string email = "changed-mind@uni.test";
        using var visitor = app.CreateVisitor();
        var id = await visitor.SignUpAsync(app, email, "Changed Mind");
        Assert.True(await app.WithDbAsync(db => db.EmailCodes.AnyAsync(c => c.Email == email)));

        using var wrong = await visitor.SubmitAsync("/Account/Pending", "applicant-withdraw", new Dictionary<string, string> { ["Password"] = "Not-the-pass-1!" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That password is not right.", await wrong.TextAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id)));

        using var withdrawn = await visitor.SubmitAsync("/Account/Pending", "applicant-withdraw", new Dictionary<string, string> { ["Password"] = Journeys.NewPassword });

        Assert.Equal("/Account/Login", withdrawn.RedirectTarget());
        Assert.Contains("Your sign-up was deleted.", Journeys.Text(await visitor.FollowAsync(withdrawn)), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id || u.Email == email)));
        Assert.False(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == id)));
        Assert.False(await app.WithDbAsync(db => db.EmailCodes.AnyAsync(c => c.Email == email)));
        using var stranger = app.CreateVisitor();
        using var again = await stranger.SignInAsync(email, Journeys.NewPassword);
        Assert.Contains("Wrong email or password.", await again.TextAsync(), StringComparison.Ordinal);
    }

    private Task<int> MoveLockoutEndAsync(string memberId, TimeSpan by) => app.WithDbAsync(async db =>
    {
        var member = await db.Users.SingleAsync(u => u.Id == memberId);
        member.LockoutEnd += by;
        return await db.SaveChangesAsync();
    });
}

using System.Web;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Members;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// What the app logs while someone signs up, signs in, resets a password, is approved or turned down by an admin,
/// deletes their account or checks in names members by id at most: no email address, display name, password, sign-up
/// code or reset code reaches the log store.
/// </summary>
public sealed class LogPrivacyTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Email = "private.person@logs.test";
    private const string ChosenPassword = "Secret-chalk-7!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignUpSignInAndPasswordResetLogNoAddressNamePasswordOrCode()
    {
        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(Email);
        var signUpCode = (await app.Mail.WaitForAsync(Email)).Code!;
        await visitor.EnterCodeAsync(signUpCode);
        await visitor.FinishSignUpAsync(app, "Private Person");
        using var signedIn = await app.CreateVisitor().SignInAsync(Email, Journeys.NewPassword);
        using var wrong = await app.CreateVisitor().SignInAsync(Email, "Wrong-guess-3!");
        using var asked = await app.CreateVisitor().SubmitAsync(
            "/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = Email });
        var link = new Uri((await app.Mail.WaitForAsync(Email, 2)).Links.Single(l => l.Contains("/Account/ResetPassword?", StringComparison.Ordinal)));
        var resetCode = HttpUtility.ParseQueryString(link.Query)["code"]!;
        using var reset = await app.CreateVisitor().SubmitAsync(link.PathAndQuery, "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        });
        Assert.Equal("/Account/Login", reset.RedirectTarget());

        var logs = string.Join('\n', app.Logs.Lines);

        Assert.Contains("is waiting for approval", logs, StringComparison.Ordinal);
        Assert.Contains("Wrote mail", logs, StringComparison.Ordinal);
        AssertNotLogged(logs, Email, "private.person", "Private Person", Journeys.NewPassword, "Wrong-guess-3!", ChosenPassword, resetCode);

        // The six-digit code on its own, not as six digits inside a file name's random hex.
        Assert.DoesNotMatch($"(?<![0-9a-fA-F]){signUpCode}(?![0-9a-fA-F])", logs);
    }

    [Fact]
    public async Task ApprovalRejectionAndAccountDeletionLogNoAddressOrName()
    {
        const string approvedEmail = "approve.me@logs.test";
        const string rejectedEmail = "turn.down@logs.test";
        var approved = await app.CreateMemberAsync(approvedEmail, status: ApprovalStatus.Pending, displayName: "Approved Ahn");
        var rejected = await app.CreateMemberAsync(rejectedEmail, status: ApprovalStatus.Pending, displayName: "Rejected Ryeo");
        var admin = ClimbClubApp.PrincipalOf(await app.AdminIdAsync());
        await using (var scope = app.Scope())
        {
            var members = scope.ServiceProvider.GetRequiredService<MemberAdminService>();
            Assert.Equal(OutcomeKind.Ok, (await members.ApproveAsync(admin, approved, "http://localhost/Account/Login", Ct)).Kind);
            Assert.Equal(OutcomeKind.Ok, (await members.RejectAsync(admin, rejected, new Rejection { Reason = "Not this season." }, Ct)).Kind);
        }

        using var member = await app.SignedInVisitorAsync(approvedEmail);
        using var deleted = await member.SubmitAsync(
            "/Account/Manage/Delete", "delete-account", new Dictionary<string, string> { ["Input.Password"] = ClimbClubApp.MemberPassword });
        Assert.Equal("/Account/Deleted", deleted.RedirectTarget());

        var logs = string.Join('\n', app.Logs.Lines);

        Assert.Single(app.Mail.To(approvedEmail));
        Assert.Single(app.Mail.To(rejectedEmail));
        Assert.Contains("Wrote mail 'Welcome to", logs, StringComparison.Ordinal);
        AssertNotLogged(logs, approvedEmail, "approve.me", "Approved Ahn", rejectedEmail, "turn.down", "Rejected Ryeo");
    }

    [Fact]
    public async Task ACheckInLogsNoAddressOrName()
    {
        await using var club = await AttendanceClub.StartAsync("2026-03-04 17:00");
        await club.AddSessionAsync(DayOfWeek.Wednesday, club.HomeGym, "19:00");
        var climber = await club.JoinAsync("Privatia");
        club.MoveTo("2026-03-04 19:00");

        var checkedIn = await club.CheckInAsync(climber, await club.CodeAsync(club.HomeGym));

        Assert.True(checkedIn.Succeeded, checkedIn.Message);
        var logs = string.Join('\n', club.Club.App.Logs.Lines);
        Assert.NotEmpty(club.Club.App.Logs.Lines);
        AssertNotLogged(logs, "privatia@club.test", "Privatia");
    }

    private static void AssertNotLogged(string logs, params string[] secrets) =>
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase));
}

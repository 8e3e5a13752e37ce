using System.Web;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// What the app logs while someone signs up, signs in and resets a password names members by id at most: no email
/// address, password, sign-up code or reset code reaches the log store.
/// </summary>
public sealed class LogPrivacyTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Email = "private.person@logs.test";
    private const string ChosenPassword = "Secret-chalk-7!";

    [Fact]
    public async Task SignUpSignInAndPasswordResetLogNoAddressPasswordOrCode()
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
        string[] secrets = [Email, "private.person", Journeys.NewPassword, "Wrong-guess-3!", ChosenPassword, resetCode];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase));

        // The six-digit code on its own, not as six digits inside a file name's random hex.
        Assert.DoesNotMatch($"(?<![0-9a-fA-F]){signUpCode}(?![0-9a-fA-F])", logs);
    }
}

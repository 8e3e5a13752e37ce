using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>A forgotten password, reset through the mailed link.</summary>
public sealed class PasswordResetTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string ChosenPassword = "Fresh-chalk-7?";

    [Fact]
    public async Task TheMailedLinkSetsANewPasswordThatThenSignsIn()
    {
        const string email = "reset-me@uni.test";
        await app.CreateMemberAsync(email, displayName: "Reset Roh");
        using var visitor = app.CreateVisitor();

        var link = await RequestResetLinkAsync(visitor, email);
        var mail = app.Mail.To(email)[^1];
        Assert.Contains("Hello Reset Roh", mail.Body, StringComparison.Ordinal);
        Assert.Contains("60 minutes", mail.Body, StringComparison.Ordinal);
        using var reset = await ResetAsync(visitor, link);

        Assert.Equal("/Account/Login", reset.RedirectTarget());
        Assert.Contains("Your password was changed.", Journeys.Text(await visitor.FollowAsync(reset)), StringComparison.Ordinal);
        Assert.Equal("/", await app.SignInTargetAsync(email, ChosenPassword));
        using var old = app.CreateVisitor();
        using var withOld = await old.SignInAsync(email, ClimbClubApp.MemberPassword);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Contains("Wrong email or password.", await withOld.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResetLinkWorksOnlyOnce()
    {
        const string email = "twice@uni.test";
        await app.CreateMemberAsync(email);
        using var visitor = app.CreateVisitor();
        var link = await RequestResetLinkAsync(visitor, email);
        using var first = await ResetAsync(visitor, link);
        Assert.Equal("/Account/Login", first.RedirectTarget());

        using var second = await ResetAsync(visitor, link, "Other-chalk-8?");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("This reset link has expired or was already used.", await second.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("/", await app.SignInTargetAsync(email, ChosenPassword));
    }

    [Fact]
    public async Task ATamperedResetLinkIsRefusedAndChangesNothing()
    {
        const string email = "target@uni.test";
        const string other = "bystander@uni.test";
        await app.CreateMemberAsync(email);
        var otherId = await app.CreateMemberAsync(other);
        using var visitor = app.CreateVisitor();
        var link = await RequestResetLinkAsync(visitor, email);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        var code = query["code"].ToString();
        var tamperedCode = $"/Account/ResetPassword?member={query["member"]}&code={(code[0] == 'A' ? 'B' : 'A')}{code[1..]}";
        var otherMember = $"/Account/ResetPassword?member={otherId}&code={code}";

        using var withTamperedCode = await ResetAsync(visitor, tamperedCode);
        using var forSomeoneElse = await ResetAsync(visitor, otherMember);

        Assert.Contains("This reset link has expired or was already used.", await withTamperedCode.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("This reset link has expired or was already used.", await forSomeoneElse.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("/", await app.SignInTargetAsync(email, ClimbClubApp.MemberPassword));
        Assert.Equal("/", await app.SignInTargetAsync(other, ClimbClubApp.MemberPassword));
    }

    [Fact]
    public async Task AnUnknownAddressGetsTheSameAnswerAndNoMail()
    {
        const string known = "known@uni.test";
        const string unknown = "nobody@uni.test";
        await app.CreateMemberAsync(known);
        using var visitor = app.CreateVisitor();

        var forKnown = await AskForResetAsync(visitor, known);
        var mailsBefore = app.Mail.All().Count;
        var forUnknown = await AskForResetAsync(visitor, unknown);

        Assert.Equal(forKnown.Replace(known, "ADDRESS", StringComparison.Ordinal), forUnknown.Replace(unknown, "ADDRESS", StringComparison.Ordinal));
        Assert.Contains($"If {unknown} belongs to an account, a reset link is on its way.", forUnknown, StringComparison.Ordinal);
        Assert.Single(app.Mail.To(known));
        Assert.Equal(mailsBefore, app.Mail.All().Count);
    }

    /// <summary>Sends the forgot-password form and returns the notice the sign-in page then shows.</summary>
    private static async Task<string> AskForResetAsync(HttpClient visitor, string email)
    {
        using var sent = await visitor.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal("/Account/Login", sent.RedirectTarget());
        var page = await visitor.FollowAsync(sent);
        return page.QuerySelector(".notice")?.TextContent ?? "";
    }

    /// <summary>Asks for a reset and returns the link from the mail (as sent, absolute).</summary>
    private async Task<string> RequestResetLinkAsync(HttpClient visitor, string email)
    {
        var before = app.Mail.To(email).Count;
        await AskForResetAsync(visitor, email);
        var mail = await app.Mail.WaitForAsync(email, before + 1);
        Assert.StartsWith("Reset your", mail.Subject, StringComparison.Ordinal);
        return Assert.Single(mail.Links, l => l.Contains("/Account/ResetPassword?", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> ResetAsync(HttpClient visitor, string link, string password = ChosenPassword) =>
        visitor.SubmitAsync(new Uri(new Uri("http://localhost"), link).PathAndQuery, "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        });
}

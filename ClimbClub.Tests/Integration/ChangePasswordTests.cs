using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>A signed-in member changing their password through the static form.</summary>
public sealed class ChangePasswordTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Page = "/Account/Manage/ChangePassword";
    private const string ChosenPassword = "Fresh-chalk-7?";

    [Fact]
    public async Task TheRightOldPasswordAndAValidNewOneChangeItAndOnlyTheNewOneSignsIn()
    {
        const string email = "changer@uni.test";
        await app.CreateMemberAsync(email);
        using var member = await app.SignedInVisitorAsync(email);

        using var changed = await ChangeAsync(member, ClimbClubApp.MemberPassword, ChosenPassword);

        Assert.Equal(Page, changed.RedirectTarget());
        var page = await member.FollowAsync(changed);
        Assert.Equal("Your password was changed.", page.QuerySelector(".notice")?.TextContent);
        Assert.Equal("/", await app.SignInTargetAsync(email, ChosenPassword));
        Assert.Null(await app.SignInTargetAsync(email, ClimbClubApp.MemberPassword));
    }

    [Fact]
    public async Task AWrongOldPasswordIsNamedAndThePasswordStaysAsItWas()
    {
        const string email = "mistyped@uni.test";
        await app.CreateMemberAsync(email);
        using var member = await app.SignedInVisitorAsync(email);

        using var refused = await ChangeAsync(member, "Not-the-pass-1!", ChosenPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("That password is not right.", await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("/", await app.SignInTargetAsync(email, ClimbClubApp.MemberPassword));
        Assert.Null(await app.SignInTargetAsync(email, ChosenPassword));
    }

    // The last row's full-width digit passes the form's own rule; Identity counts only 0 to 9 and refuses it.
    [Theory]
    [InlineData("chalk-7", "A password has at least 8 characters.")]
    [InlineData("Fresh-chalk?", "A password needs at least one digit.")]
    [InlineData("Fresh-chalk-\uFF17?", "A password needs at least one digit from 0 to 9.")]
    public async Task ANewPasswordAgainstThePolicyIsRefusedWithTheRuleAndChangesNothing(string newPassword, string message)
    {
        var email = $"weak-{Guid.NewGuid():N}@uni.test";
        await app.CreateMemberAsync(email);
        using var member = await app.SignedInVisitorAsync(email);

        using var refused = await ChangeAsync(member, ClimbClubApp.MemberPassword, newPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("/", await app.SignInTargetAsync(email, ClimbClubApp.MemberPassword));
        Assert.Null(await app.SignInTargetAsync(email, newPassword));
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInAndCannotPostTheForm()
    {
        using var visitor = app.CreateVisitor();
        var signIn = $"/Account/Login?ReturnUrl={Uri.EscapeDataString(Page)}";

        using var opened = await visitor.GetAsync(Page, TestContext.Current.CancellationToken);
        using var posted = await visitor.PostWithoutThePageAsync("/Account/Login", Page, "change-password", Fields(ClimbClubApp.MemberPassword, ChosenPassword));

        Assert.Equal(signIn, opened.RedirectTarget());
        Assert.Equal(signIn, posted.RedirectTarget());
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient member, string current, string chosen) =>
        member.SubmitAsync(Page, "change-password", Fields(current, chosen));

    private static Dictionary<string, string> Fields(string current, string chosen) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = chosen,
        ["Input.ConfirmPassword"] = chosen,
    };
}

using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>What the browser keeps after signing in, and what it never gets back.</summary>
public sealed class SignInCookieTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task KeepMeSignedInMakesTheSignInOutliveTheBrowserSession()
    {
        await app.CreateMemberAsync("keeper@uni.test");
        await app.CreateMemberAsync("visitor@uni.test");
        using var remembered = app.CreateVisitor();
        using var forgotten = app.CreateVisitor();

        using var kept = await remembered.SubmitAsync("/Account/Login", "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = "keeper@uni.test",
            ["Input.Password"] = ClimbClubApp.MemberPassword,
            ["Input.RememberMe"] = "true",
        });
        using var notKept = await forgotten.SignInAsync("visitor@uni.test", ClimbClubApp.MemberPassword);

        Assert.Contains("expires=", AuthCookie(kept), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", AuthCookie(notKept), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", AuthCookie(kept), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFailedSignInDoesNotSendThePasswordBackInThePage()
    {
        await app.CreateMemberAsync("typo@uni.test");
        using var visitor = app.CreateVisitor();

        using var failed = await visitor.SignInAsync("typo@uni.test", "Almost-right-9!");

        var page = await failed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Wrong email or password.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Almost-right-9!", page, StringComparison.Ordinal);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ClimbClub.Auth=", StringComparison.Ordinal));
}

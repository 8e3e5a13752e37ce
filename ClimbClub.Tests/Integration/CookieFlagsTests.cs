using ClimbClub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The sign-in and antiforgery cookies: never readable by scripts, never sent on other sites' requests, and Secure
/// whenever the request came over HTTPS (behind the TLS proxy, once it forwards the scheme).
/// </summary>
public sealed class CookieFlagsTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Theory]
    [InlineData("https", true)]
    [InlineData("http", false)]
    public async Task SigningInSetsHttpOnlySameSiteCookiesThatAreSecureOnHttps(string scheme, bool secure)
    {
        var email = $"cookie-{scheme}@flags.test";
        await app.CreateMemberAsync(email);
        using var visitor = Visitor(scheme);
        using var newcomer = Visitor(scheme);

        using var signedIn = await visitor.SignInAsync(email, ClimbClubApp.MemberPassword);
        using var form = await newcomer.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        var auth = Cookie(signedIn, "ClimbClub.Auth=");
        var antiforgery = Cookie(form, ".AspNetCore.Antiforgery.");
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(secure, auth.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(secure, antiforgery.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    private HttpClient Visitor(string scheme) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"{scheme}://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    private static string Cookie(HttpResponseMessage response, string prefix) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(prefix, StringComparison.Ordinal));
}

using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>Every kind of response carries the headers that keep the browser to what the app needs.</summary>
public sealed class SecurityHeadersTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/leaderboard", HttpStatusCode.Redirect)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/_content/Radzen.Blazor/Radzen.Blazor.js", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task EveryResponseCarriesThePolicyAndTheBrowserHeaders(string path, HttpStatusCode status)
    {
        using var visitor = app.CreateVisitor();

        using var response = await visitor.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Policy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesRunNoInlineScriptSoThePolicyNeedsNone()
    {
        using var visitor = app.CreateVisitor();

        var page = await visitor.GetPageAsync("/Account/Login");

        var scripts = page.Scripts.ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.False(string.IsNullOrEmpty(script.Source), $"Inline script: {script.Text}"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}

using System.Net;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>Which language a page speaks: the one picked in the switch, else the browser's, else English.</summary>
public sealed class LanguageTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string EnglishHeading = "Welcome back";
    private const string KoreanHeading = "다시 만나서 반가워요";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, "en", EnglishHeading)]
    [InlineData("ko-KR,ko;q=0.9,en;q=0.5", "ko", KoreanHeading)]
    [InlineData("ko", "ko", KoreanHeading)]
    [InlineData("fr-FR,fr;q=0.9", "en", EnglishHeading)]
    [InlineData("fr-FR,ko;q=0.8,en;q=0.5", "ko", KoreanHeading)]
    public async Task APageSpeaksTheFirstOfTheBrowsersLanguagesTheClubKnows(string? acceptLanguage, string lang, string heading)
    {
        using var visitor = app.CreateVisitor();
        if (acceptLanguage is not null)
        {
            visitor.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        var page = await visitor.GetPageAsync("/Account/Login");

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task TheSwitchRemembersTheLanguageOverTheBrowsersAndGoesBackToThePage()
    {
        using var visitor = app.CreateVisitor();
        visitor.DefaultRequestHeaders.Add("Accept-Language", "ko-KR");

        using var switched = await visitor.GetAsync("/culture?set=en&returnUrl=%2FAccount%2FLogin", Ct);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Account/Login", switched.RedirectTarget());
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(EnglishHeading, (await visitor.GetPageAsync("/Account/Login")).QuerySelector("h1")?.TextContent);

        using var back = await visitor.GetAsync("/culture?set=ko&returnUrl=%2FAccount%2FLogin", Ct);
        Assert.Equal(KoreanHeading, (await visitor.GetPageAsync("/Account/Login")).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task TheSwitchGoesBackOnlyWithinTheApp(string returnUrl)
    {
        using var visitor = app.CreateVisitor();

        using var switched = await visitor.GetAsync($"/culture?set=ko&returnUrl={Uri.EscapeDataString(returnUrl)}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.RedirectTarget());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("ko-KR-x-evil\r\nSet-Cookie: a=b")]
    public async Task ALanguageTheClubDoesNotSpeakIsRefusedWithTheChoicesAndNothingRemembered(string culture)
    {
        using var visitor = app.CreateVisitor();

        using var refused = await visitor.GetAsync($"/culture?set={Uri.EscapeDataString(culture)}&returnUrl=%2F", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Unknown language. Choose one of: en, ko.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("en", "Gen 12", "Gen 11", "Gen 10")]
    [InlineData("ko-KR,ko;q=0.9", "12기", "11기", "10기")]
    public async Task AnApplicantReadsTheGenerationsAsTheClubWritesThemInTheirLanguage(string acceptLanguage, params string[] newestFirst)
    {
        var email = $"applicant-{acceptLanguage[..2]}@language.test";
        await app.CreateMemberAsync(email, status: ApprovalStatus.Pending);
        using var applicant = await app.SignedInVisitorAsync(email);
        applicant.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await applicant.GetPageAsync("/Account/Pending");

        Assert.Equal(newestFirst, page.QuerySelectorAll("#generation option:not([value='0'])").Select(o => o.TextContent));
    }

    [Theory]
    [InlineData("en", "Gen 12")]
    [InlineData("ko-KR,ko;q=0.9", "12기")]
    public async Task AMembersHomeNamesTheirGenerationAndTheCurrentOneInTheirLanguage(string acceptLanguage, string generation)
    {
        var email = $"member-{acceptLanguage[..2]}@language.test";
        await app.CreateMemberAsync(email);
        using var member = await app.SignedInVisitorAsync(email);
        member.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var home = await member.GetPageAsync("/");

        Assert.EndsWith($" · {generation}", home.QuerySelector(".member-card p.muted")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(generation, home.QuerySelector(".facts dd span")?.TextContent);
    }
}

using System.Net;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>Which language a page speaks: the one picked in the switch, else the browser's, else English.</summary>
public sealed class LanguageTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string EnglishHeading = "Welcome back";
    private const string KoreanHeading = "다시 만나서 반가워요";
    private const string SignInLink = "http://localhost/Account/Login";

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

    [Fact]
    public async Task AnAdminsDecisionIsMailedInTheApplicantsLanguageNotTheAdmins()
    {
        using var korean = app.CreateVisitor();
        korean.DefaultRequestHeaders.Add("Accept-Language", "ko-KR,ko;q=0.9");
        var hana = await korean.SignUpAsync(app, "hana@lang.test", "김하나");
        using var english = app.CreateVisitor();
        var finn = await english.SignUpAsync(app, "finn@lang.test", "Finn");

        Assert.Equal(("ko", "en"), (await LanguageOfAsync(hana), await LanguageOfAsync(finn)));
        Assert.EndsWith("가입 인증 코드", app.Mail.To("hana@lang.test")[0].Subject, StringComparison.Ordinal);

        await DecideAsync("en", (admin, who) => admin.ApproveAsync(who, hana, SignInLink, Ct));
        await DecideAsync("ko", (admin, who) => admin.ApproveAsync(who, finn, SignInLink, Ct));

        var toHana = await app.Mail.WaitForAsync("hana@lang.test", 2);
        Assert.EndsWith("에 오신 걸 환영해요!", toHana.Subject, StringComparison.Ordinal);
        Assert.StartsWith("김하나님, 안녕하세요.", toHana.Body, StringComparison.Ordinal);
        var toFinn = await app.Mail.WaitForAsync("finn@lang.test", 2);
        Assert.StartsWith("Welcome to", toFinn.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Hello Finn", toFinn.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInApplicantWhoSwitchesLanguageGetsTheAnswerInTheNewOne()
    {
        using var applicant = app.CreateVisitor();
        var id = await applicant.SignUpAsync(app, "mina@lang.test", "Mina");

        using var switched = await applicant.GetAsync("/culture?set=ko&returnUrl=%2FAccount%2FPending", Ct);
        Assert.Equal("/Account/Pending", switched.RedirectTarget());
        await DecideAsync("en", (admin, who) => admin.RejectAsync(who, id, new Rejection { Reason = "다음 학기에 다시 신청해 주세요." }, Ct));

        Assert.Equal("ko", await LanguageOfAsync(id));
        var answer = await app.Mail.WaitForAsync("mina@lang.test", 2);
        Assert.EndsWith("가입 신청 결과", answer.Subject, StringComparison.Ordinal);
        Assert.Contains("사유: 다음 학기에 다시 신청해 주세요.", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheComponentsOwnWordsSpeakTheReadersLanguageToo()
    {
        for (var i = 0; i < 21; i++)
        {
            await app.CreateMemberAsync($"pager{i}@lang.test");
        }

        using var admin = await app.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);
        admin.DefaultRequestHeaders.Add("Accept-Language", "ko-KR");
        using var response = await admin.GetAsync("/admin/members", Ct);

        var page = await response.ReadPageAsync();
        var next = page.QuerySelector(".rz-pager-next");
        Assert.Equal(("다음 페이지로 이동", "다음 페이지"), (next?.GetAttribute("aria-label"), next?.GetAttribute("title")));
        Assert.Equal("페이지", page.QuerySelector(".rz-pager")?.GetAttribute("aria-label"));
        Assert.Contains("2페이지로 이동", page.QuerySelectorAll(".rz-pager-page").Select(p => p.GetAttribute("aria-label")));
    }

    private Task<string> LanguageOfAsync(string memberId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == memberId).Select(u => u.Language).SingleAsync(Ct));

    /// <summary>An admin reading the app in <paramref name="language"/> makes a decision.</summary>
    private async Task DecideAsync(string language, Func<MemberAdminService, ClaimsPrincipal, Task<Outcome>> decide)
    {
        var admin = ClimbClubApp.PrincipalOf(await app.AdminIdAsync());
        await using var scope = app.Scope();
        using var reading = new ReaderCulture(language);
        var outcome = await decide(scope.ServiceProvider.GetRequiredService<MemberAdminService>(), admin);
        Assert.True(outcome.Succeeded, outcome.Message);
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

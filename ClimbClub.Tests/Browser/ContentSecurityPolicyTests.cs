using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>
/// The real pages under the real Content-Security-Policy: Blazor's circuit, Radzen's scripts, theme, fonts and charts
/// and the app's own script all run, and the browser reports no violation anywhere.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser, HourlyRankingClub app) : IClassFixture<HourlyRankingClub>
{
    private static readonly string[] AdminPages =
    [
        "/leaderboard", "/me", "/screen", "/checkin", "/challenges", "/notifications", "/admin", "/admin/members",
        "/admin/generations", "/admin/gyms", "/admin/colours", "/admin/screens", "/admin/audit", "/officer/schedule",
        "/officer/attendance", "/officer/sessions",
    ];

    private readonly ConcurrentQueue<string> violations = new();

    [Fact]
    public async Task SigningInLoggingASessionAndOpeningEveryMainPageBreaksNoRuleOfThePolicy()
    {
        var baseUrl = app.StartKestrel();
        var rival = await app.CreateMemberAsync("rival@csp.test", displayName: "Rae Rival");
        await app.LogSessionAsync(rival, problems: 4);
        await app.RefreshRankingsAsync();
        var yesterday = app.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow).AddDays(-1);

        var visitor = await WatchedPageAsync(baseUrl);
        foreach (var path in new[] { "/", "/Account/Register", "/Account/ForgotPassword" })
        {
            await visitor.GotoAsync(path);
            await Expect(visitor.Locator("h1").First).ToBeVisibleAsync();
        }

        var page = await WatchedPageAsync(baseUrl);
        await page.SignInAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);
        await page.GotoAsync("/log/new");
        await page.WaitUntilLiveAsync();
        await page.GetByLabel("Day").FillAsync(yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Start").FillAsync("18:00");
        await page.GetByLabel("End").FillAsync("19:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Blue", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("preview-total")).Not.ToHaveTextAsync("0");
        await page.GetByTestId("save-session").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/log$"));
        await Expect(page.GetByTestId("session")).ToHaveCountAsync(1);

        foreach (var path in AdminPages)
        {
            await page.GotoAsync(path);
            await page.WaitUntilLiveAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await page.GotoAsync("/me");
        await page.WaitUntilLiveAsync();
        await Expect(page.Locator(".colour-chart svg")).ToBeVisibleAsync();
        var iconFont = await page.EvaluateAsync<bool>("() => document.fonts.check('24px \"Material Symbols\"')");

        Assert.Empty(violations);
        Assert.True(iconFont, "Radzen's icon font did not load");
    }

    /// <summary>A fresh page that reports every policy violation, as an event or as the browser's console error.</summary>
    private async Task<IPage> WatchedPageAsync(string baseUrl)
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              console.error(`policy violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("policy violation", StringComparison.Ordinal)
                || message.Text.Contains("Content Security Policy", StringComparison.Ordinal)
                || message.Text.Contains("Permissions-Policy", StringComparison.Ordinal))
            {
                violations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }
}

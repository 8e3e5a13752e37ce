using System.Text;
using System.Text.RegularExpressions;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>A member reading their own page on a phone, taking their data away, and looking up another climber from the board.</summary>
[Collection(BrowserGroup.Name)]
public sealed class MyPageTests(BrowserFixture browser, HourlyRankingClub app) : IClassFixture<HourlyRankingClub>
{
    [Fact]
    public async Task AMemberReadsTheirStatsChangesThePeriodAndDownloadsTheirSessions()
    {
        var baseUrl = app.StartKestrel();
        var me = await app.CreateMemberAsync("nora@mypage.test", displayName: "Nora Nook");
        await app.LogSessionAsync(me, problems: 6);
        await app.LogSessionAsync(me, problems: 3, slot: 2);
        await app.RefreshRankingsAsync();
        var page = await browser.NewPageAsync(baseUrl, phone: true);
        await page.SignInAsync("nora@mypage.test", ClimbClubApp.MemberPassword);

        await page.GotoAsync("/me");
        await page.WaitUntilLiveAsync();
        await Expect(page.GetByTestId("profile-name")).ToHaveTextAsync("Nora Nook");
        await Expect(page.GetByTestId("figure-sessions")).ToHaveTextAsync("2");
        await Expect(page.GetByTestId("figure-problems")).ToHaveTextAsync("9");
        await Expect(page.GetByTestId("figure-points")).ToHaveTextAsync("9");
        await Expect(page.Locator(".colour-chart svg")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "All time" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/me\?period=all$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "All time" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("figure-sessions")).ToHaveTextAsync("2");

        await page.GetByRole(AriaRole.Button, new() { Name = "Dates" }).ClickAsync();
        await page.GetByLabel("From").FillAsync("2020-01-01");
        await page.GetByLabel("To").FillAsync("2020-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/me\?period=range&from=2020-01-01&to=2020-01-31$"));
        await Expect(page.GetByTestId("stats-empty")).ToHaveTextAsync("No sessions from 2020-01-01 to 2020-01-31.");
        await Expect(page.GetByTestId("figure-sessions")).ToHaveTextAsync("0");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "My sessions (CSV)" }).ClickAsync());

        Assert.Matches(@"^climbclub-sessions-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Session,Date,Start,End,Minutes,Gym,Colour,Problems", lines[0], StringComparison.Ordinal);
        Assert.Equal(["3", "6"], lines[1..].Select(line => line.Split(',')[7]).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task ANameOnTheBoardOpensThatClimbersPublicProfile()
    {
        var baseUrl = app.StartKestrel();
        var me = await app.CreateMemberAsync("ivo@mypage.test", displayName: "Ivo Incut");
        var other = await app.CreateMemberAsync("olli@mypage.test", displayName: "Olli Overhang");
        await app.LogSessionAsync(me, problems: 2);
        await app.LogSessionAsync(other, problems: 5);
        await app.RefreshRankingsAsync();
        var page = await browser.NewPageAsync(baseUrl);
        await page.SignInAsync("ivo@mypage.test", ClimbClubApp.MemberPassword);

        await page.GotoAsync("/leaderboard");
        await page.WaitUntilLiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Olli Overhang" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/members/{other}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Olli Overhang");
        await Expect(page.GetByTestId("standing-all-time")).ToContainTextAsync("5 pts");
        await Expect(page.GetByTestId("private-facts")).ToHaveCountAsync(0);
        await Expect(page.GetByText("olli@mypage.test")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "My page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/me$"));
        await Expect(page.GetByTestId("profile-name")).ToHaveTextAsync("Ivo Incut");
        await Expect(page.GetByTestId("private-facts")).ToContainTextAsync("ivo@mypage.test");
    }
}

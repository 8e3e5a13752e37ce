using System.Text.RegularExpressions;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>
/// A club of 132 on boards that rank every 2 s: 130 climbers, Tae on top and Mina at the very bottom, both with
/// passwords.
/// </summary>
public sealed class LongLeaderboardClub : ClimbClubApp, IAsyncLifetime
{
    public const int Climbers = 130;

    public const int OnTheBoards = Climbers + 2;

    public LongLeaderboardClub() => With("Rankings:RefreshInterval", "00:00:02");

    public string MinaId { get; private set; } = "";

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        BaseUrl = StartKestrel();
        // Climbers 1 to 3 solve 200 problems, 4 to 6 solve 199, down to 157.
        await this.AddClimbersAsync(Climbers, i => 200 - ((i - 1) / 3));
        var tae = await CreateMemberAsync("tae@live.test", displayName: "Tae Top");
        await this.LogSessionAsync(tae, 200);
        await this.LogSessionAsync(tae, 200, slot: 5);
        MinaId = await CreateMemberAsync("mina@live.test", displayName: "Mina Me");
        await this.LogSessionAsync(MinaId, 1);
        await this.RefreshRankingsAsync();
    }
}

/// <summary>
/// A long board as a member uses it: the first 50 rows, their own row after a gap, "show more", live updates that keep
/// what they opened, and the board in the address.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class LongLeaderboardTests(BrowserFixture browser, LongLeaderboardClub app) : IClassFixture<LongLeaderboardClub>
{
    [Fact]
    public async Task AMemberFarDownSeesTheTopAGapAndThemselvesShowsMoreAndKeepsItWhileTheBoardMoves()
    {
        var page = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await page.SignInAsync("mina@live.test", ClimbClubApp.MemberPassword);
        await page.GotoAsync("/leaderboard?board=all-time");
        await page.WaitUntilLiveAsync();

        var rows = page.GetByTestId("board-row");
        var mine = page.Locator("[data-testid=board-row][data-me=true]");
        var count = page.GetByTestId("board-count");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "All-time" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(rows).ToHaveCountAsync(51);
        await Expect(rows.Nth(49)).ToHaveAttributeAsync("data-name", "Climber 049");
        await Expect(page.GetByTestId("board-gap")).ToBeVisibleAsync();
        await Expect(mine).ToHaveAttributeAsync("data-rank", $"{LongLeaderboardClub.OnTheBoards}");
        await Expect(mine).ToBeInViewportAsync();
        await Expect(count).ToHaveTextAsync($"Showing 51 of {LongLeaderboardClub.OnTheBoards} climbers");

        await page.GetByTestId("show-more").ClickAsync();

        await Expect(rows).ToHaveCountAsync(101);
        await Expect(rows.Nth(99)).ToHaveAttributeAsync("data-name", "Climber 099");
        await Expect(page.GetByTestId("board-gap")).ToBeVisibleAsync();
        await Expect(count).ToHaveTextAsync($"Showing 101 of {LongLeaderboardClub.OnTheBoards} climbers");
        await page.EvaluateAsync("() => window.openedBeforeMyNextSession = true");

        // 175 more problems, 176 in all: level with climbers 73 to 75, behind Tae and 72 climbers, well inside the 100 shown.
        await app.LogSessionAsync(app.MinaId, 175, slot: 5);

        await Expect(mine.GetByTestId("points")).ToHaveTextAsync("176");
        await Expect(mine).ToHaveAttributeAsync("data-rank", "74");
        await Expect(rows).ToHaveCountAsync(100);
        await Expect(page.GetByTestId("board-gap")).Not.ToBeAttachedAsync();
        await Expect(count).ToHaveTextAsync($"Showing 100 of {LongLeaderboardClub.OnTheBoards} climbers");
        Assert.True(await page.EvaluateAsync<bool>("() => window.openedBeforeMyNextSession === true"), "The leaderboard reloaded.");

        // Another board starts again at 50, and the address follows every switch.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Weekly" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/leaderboard$"));
        await Expect(rows).ToHaveCountAsync(51);
        await Expect(page.GetByTestId("board-gap")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Last week" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/leaderboard\\?board=last-week$"));
        await Expect(page.GetByTestId("board-empty")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "All-time" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/leaderboard\\?board=all-time$"));
        await Expect(rows).ToHaveCountAsync(51);
        await Expect(count).ToHaveTextAsync($"Showing 51 of {LongLeaderboardClub.OnTheBoards} climbers");
    }

    [Fact]
    public async Task AMemberOnTopSeesFiftyRowsAndPicksAGenerationIntoTheAddress()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("tae@live.test", ClimbClubApp.MemberPassword);
        await page.GotoAsync("/leaderboard?board=generation");
        await page.WaitUntilLiveAsync();

        var rows = page.GetByTestId("board-row");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Generation" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(rows.First).ToHaveAttributeAsync("data-me", "true");
        await Expect(page.GetByTestId("board-gap")).Not.ToBeAttachedAsync();
        await Expect(page.GetByTestId("board-count")).ToHaveTextAsync($"Showing 50 of {LongLeaderboardClub.OnTheBoards} climbers");
        await Expect(page.GetByTestId("show-more")).ToBeVisibleAsync();

        await page.GetByTestId("generation-picker").ClickAsync();
        await page.Locator(".rz-dropdown-item", new() { HasText = "Gen 11" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/leaderboard\\?board=generation&generation=\\d+$"));
        await Expect(page.GetByTestId("board-empty")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitUntilLiveAsync();
        await Expect(page.GetByTestId("generation-picker")).ToContainTextAsync("Gen 11");
        await Expect(page.GetByTestId("board-empty")).ToContainTextAsync("No sessions in this generation yet.");
    }
}

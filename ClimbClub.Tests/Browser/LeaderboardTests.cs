using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>A member near the bottom of a long board: the board moves by itself and their own row never leaves the window.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LeaderboardTests(BrowserFixture browser, QuickRankingClub app) : IClassFixture<QuickRankingClub>
{
    private const int Others = 30;

    [Fact]
    public async Task TheBoardUpdatesInPlaceAndKeepsMyRowInViewWhereverItIs()
    {
        var baseUrl = app.StartKestrel();
        var me = await app.CreateMemberAsync("me@board.test", displayName: "Mina Me");
        await app.LogSessionAsync(me, problems: 1);
        for (var i = 1; i <= Others; i++)
        {
            var other = await app.CreateMemberAsync($"climber{i:D2}@board.test", displayName: $"Climber {i:D2}");
            await app.LogSessionAsync(other, problems: 9 + i);
        }

        await app.RefreshRankingsAsync();

        var page = await browser.NewPageAsync(baseUrl);
        await page.SignInAsync("me@board.test", ClimbClubApp.MemberPassword);
        await page.GotoAsync("/leaderboard");
        await page.WaitUntilLiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "All-time" }).ClickAsync();

        var rows = page.GetByTestId("board-row");
        var mine = page.Locator("[data-testid=board-row][data-me=true]");
        await Expect(rows).ToHaveCountAsync(Others + 1);
        await Expect(mine).ToHaveAttributeAsync("data-rank", "31");
        await Expect(rows.Nth(12)).Not.ToBeInViewportAsync();
        await Expect(mine).ToBeInViewportAsync();
        await page.EvaluateAsync("() => window.openedBeforeMyNextSession = true");

        // 35 more points: 36 in all, level with Climber 27 and behind the three climbers on 37 to 39.
        await app.LogSessionAsync(me, problems: 35, slot: 5);

        await Expect(mine.GetByTestId("points")).ToHaveTextAsync("36");
        await Expect(mine).ToHaveAttributeAsync("data-rank", "4");
        await Expect(page.Locator("[data-testid=board-row][data-name='Climber 27']")).ToHaveAttributeAsync("data-rank", "4");
        await Expect(rows).ToHaveCountAsync(Others + 1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.openedBeforeMyNextSession === true"), "The leaderboard reloaded.");

        // At the end of the board my row is far above the window, yet it stays in view.
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await Expect(rows.Nth(3)).Not.ToBeInViewportAsync();
        await Expect(mine).ToBeInViewportAsync();
        await Expect(page.GetByTestId("board-updated")).ToContainTextAsync("Updated");
    }

    [Fact]
    public async Task AMemberHidesThemselvesFromTheGymScreenWithOneClickAndItStays()
    {
        var baseUrl = app.StartKestrel();
        await app.CreateMemberAsync("shy@board.test", displayName: "Shy Sun");
        var page = await browser.NewPageAsync(baseUrl, phone: true);
        await page.SignInAsync("shy@board.test", ClimbClubApp.MemberPassword);
        await page.GotoAsync("/leaderboard");
        await page.WaitUntilLiveAsync();
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Show me on the gym screen" })).ToBeCheckedAsync();

        await page.Locator(".screen-setting .rz-switch").ClickAsync();

        await Expect(page.GetByText("You are hidden from the TV at the gym.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitUntilLiveAsync();
        await Expect(page.GetByText("You are hidden from the TV at the gym.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Switch, new() { Name = "Show me on the gym screen" })).Not.ToBeCheckedAsync();
        await page.GetByText("Show me on the gym screen").ClickAsync();
        await Expect(page.GetByText("Your name and points appear on the TV at the gym.")).ToBeVisibleAsync();
    }
}

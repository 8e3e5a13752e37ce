using System.Text.RegularExpressions;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>A club whose boards are recomputed only when a test asks: the scheduled run comes once at start-up, then not for an hour.</summary>
public sealed class HourlyRankingClub : ClimbClubApp
{
    public HourlyRankingClub() => With("Rankings:RefreshInterval", "01:00:00");
}

/// <summary>A member changing how the club sees them, and a member leaving the club for good.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ProfileEditTests(BrowserFixture browser, HourlyRankingClub app) : IClassFixture<HourlyRankingClub>
{
    [Fact]
    public async Task ANewNameAndAvatarShowOnTheBoardWithoutWaitingForTheNextRankingRun()
    {
        var baseUrl = app.StartKestrel();
        var me = await app.CreateMemberAsync("mina@profile.test", displayName: "Mina Me");
        await app.LogSessionAsync(me, problems: 6);
        await app.RefreshRankingsAsync();
        var page = await browser.NewPageAsync(baseUrl, phone: true);
        await page.SignInAsync("mina@profile.test", ClimbClubApp.MemberPassword);

        await page.GotoAsync("/Account/Manage/Profile");
        await Expect(page.GetByLabel("Generation")).Not.ToBeEditableAsync();
        await page.GetByLabel("Name shown to the club").FillAsync("Mina Moonboard");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Flame", Exact = true }).CheckAsync();
        await page.ClickAndWaitForNextPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }));

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your profile was saved.");
        await Expect(page.GetByLabel("Name shown to the club")).ToHaveValueAsync("Mina Moonboard");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to my page" })).ToHaveAttributeAsync("href", "me");

        await page.GotoAsync("/leaderboard");
        await page.WaitUntilLiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "All-time" }).ClickAsync();
        var mine = page.Locator("[data-testid=board-row][data-me=true]");
        await Expect(mine).ToHaveAttributeAsync("data-name", "Mina Moonboard");
        await Expect(mine.Locator(".name-text")).ToHaveTextAsync("Mina Moonboard");
        await Expect(mine.Locator("img.avatar")).ToHaveAttributeAsync("src", "avatars/flame.svg");
        await Expect(page.Locator(".user-chip-name")).ToHaveTextAsync("Mina Moonboard");
    }

    [Fact]
    public async Task AMemberDeletesTheirAccountLandsOnTheGoodbyePageAndCannotSignInAgain()
    {
        const string email = "jun@profile.test";
        var baseUrl = app.StartKestrel();
        var jun = await app.CreateMemberAsync(email, displayName: "Jun Jug");
        await app.LogSessionAsync(jun, problems: 2);
        var page = await browser.NewPageAsync(baseUrl);
        await page.SignInAsync(email, ClimbClubApp.MemberPassword);

        await page.GotoAsync("/Account/Manage/Profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete my account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Delete my account");
        await Expect(page.GetByText("This cannot be undone.")).ToBeVisibleAsync();

        var password = page.GetByLabel("Password");
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete my account for good" });
        await password.FillAsync("Not-my-pass-1!");
        await page.ClickAndWaitForNextPageAsync(delete);
        await Expect(page.GetByText("That password is not right.")).ToBeVisibleAsync();
        await Expect(password).ToHaveValueAsync("");

        await password.FillAsync(ClimbClubApp.MemberPassword);
        await page.ClickAndWaitForNextPageAsync(delete);
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Deleted$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account is deleted");

        await page.SignInAsync(email, ClimbClubApp.MemberPassword);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong email or password.");
    }
}

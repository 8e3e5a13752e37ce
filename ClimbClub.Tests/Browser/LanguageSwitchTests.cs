using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task APhoneSetToKoreanGetsKoreanAndTheSwitchChangesTheLanguageOnTheSamePageAndKeepsIt()
    {
        var address = app.StartKestrel();
        await app.CreateMemberAsync("minji@club.test", displayName: "민지");
        var page = await browser.NewPageAsync(address, phone: true, locale: "ko-KR");

        await page.GotoAsync("/Account/Login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("다시 만나서 반가워요");

        await page.GetByTestId("language-switch").GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome back");

        await page.SubmitSignInAsync("minji@club.test", ClimbClubApp.MemberPassword);
        await page.GotoAsync("/leaderboard");
        await page.WaitUntilLiveAsync();
        await page.Locator("label.nav-open").ClickAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Leaderboard" })).ToBeVisibleAsync();

        await nav.GetByTestId("language-switch").GetByRole(AriaRole.Link, new() { Name = "한국어" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/leaderboard$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await page.WaitUntilLiveAsync();
        await page.Locator("label.nav-open").ClickAsync();
        var koreanNav = page.GetByRole(AriaRole.Navigation, new() { Name = "주 메뉴" });
        await Expect(koreanNav.GetByRole(AriaRole.Link, new() { Name = "순위표" })).ToBeVisibleAsync();
        await Expect(koreanNav.GetByTestId("language-switch").GetByRole(AriaRole.Link, new() { Name = "한국어" })).ToHaveAttributeAsync("aria-current", "true");

        await page.GotoAsync("/me");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
    }
}

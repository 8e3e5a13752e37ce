using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;

namespace ClimbClub.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class LandingTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AVisitorSeesTheLandingPageAndTheJoinButtonLeadsToSignUp()
    {
        var page = await browser.NewPageAsync(app.StartKestrel(), phone: true);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("climbing club");
        await page.GetByRole(AriaRole.Link, new() { Name = "Join the club" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Register$"));
        await Assertions.Expect(page.Locator("#email")).ToBeVisibleAsync();
    }
}

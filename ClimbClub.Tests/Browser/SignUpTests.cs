using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>Joining the club on a phone: email, mailed code, details, then the wait for an admin.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SignUpTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AVisitorSignsUpWithTheMailedCodeAndWaitsForApproval()
    {
        var page = await browser.NewPageAsync(app.StartKestrel(), phone: true);
        var minji = new Applicant("minji@uni.test", "김민지", Generation: "Gen 11", HomeGym: "Riverside Boulders", Level: "Blue", Avatar: "Moon");

        await page.SignUpAsync(app.Mail, minji);

        var waiting = page.GetByTestId("awaiting-approval");
        await Expect(waiting).ToContainTextAsync("Awaiting approval");
        await Expect(waiting).ToContainTextAsync("Thanks, 김민지!");
        await Expect(waiting).ToContainTextAsync("minji@uni.test");
        await Expect(page.Locator("[aria-current=step]")).ToContainTextAsync("Approval");

        // The waiting page offers the details for editing: they are exactly what was typed and picked.
        await page.GetByText("Edit my sign-up details").ClickAsync();
        await Expect(page.GetByLabel("Name shown to the club")).ToHaveValueAsync("김민지");
        await Expect(page.GetByLabel("Generation").Locator("option:checked")).ToHaveTextAsync("Gen 11");
        await Expect(page.GetByLabel("Home gym").Locator("option:checked")).ToHaveTextAsync("Riverside Boulders");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Blue", Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Moon", Exact = true })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task AnApplicantWhoSignsInWhilePendingOnlyEverSeesTheAwaitingApprovalPage()
    {
        var page = await browser.NewPageAsync(app.StartKestrel());
        var jisoo = new Applicant("jisoo@uni.test", "박지수");
        await page.SignUpAsync(app.Mail, jisoo);
        await page.ClickAndWaitForNextPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("climbing club");

        await page.SignInAsync(jisoo.Email, jisoo.Password);

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Pending$"));
        await Expect(page.GetByTestId("awaiting-approval")).ToContainTextAsync("Thanks, 박지수!");
        foreach (var elsewhere in new[] { "/", "/admin", "/admin/members" })
        {
            await page.GotoAsync(elsewhere);
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Pending$"));
            await Expect(page.GetByTestId("awaiting-approval")).ToBeVisibleAsync();
        }
    }
}

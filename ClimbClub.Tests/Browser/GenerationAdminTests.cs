using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>The admin's generations page, where a generation is named by its number as the club writes it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class GenerationAdminTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AnAdminAddsTheNextGenerationSeeingHowItWillBeShownAndFindsItListedAsGen13()
    {
        var baseUrl = app.StartKestrel();
        var admin = await browser.NewPageAsync(baseUrl);
        await admin.GotoAsync("/admin/generations");
        await admin.SubmitSignInAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);
        await Expect(admin).ToHaveURLAsync(new Regex("/admin/generations$"));
        await admin.WaitUntilLiveAsync();
        var rows = admin.GetByTestId("generation-row").Locator("strong");
        await Expect(rows).ToHaveTextAsync(["Gen 12", "Gen 11", "Gen 10"]);

        await admin.GetByTestId("add-generation").ClickAsync();
        await Expect(admin.GetByText("Shown as Gen 13.", new() { Exact = true })).ToBeVisibleAsync();
        await admin.GetByTestId("save-generation").ClickAsync();

        await Expect(admin.GetByText("Gen 13 was saved.")).ToBeVisibleAsync();
        await Expect(rows).ToHaveTextAsync(["Gen 13", "Gen 12", "Gen 11", "Gen 10"]);
    }
}

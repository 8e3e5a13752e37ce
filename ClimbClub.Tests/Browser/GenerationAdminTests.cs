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

    [Fact]
    public async Task AKoreanAdminTypesTheDatesTheKoreanWayAndFindsThe13thListedAs13기()
    {
        await using var club = new ClimbClubApp();
        var baseUrl = club.StartKestrel();
        var admin = await browser.NewPageAsync(baseUrl, locale: "ko-KR");
        await admin.GotoAsync("/admin/generations");
        await admin.GetByLabel("이메일").FillAsync(ClimbClubApp.AdminEmail);
        await admin.GetByLabel("비밀번호").FillAsync(ClimbClubApp.AdminPassword);
        await admin.ClickAndWaitForNextPageAsync(admin.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "로그인", Exact = true }));
        await admin.WaitUntilLiveAsync();
        await admin.GetByTestId("add-generation").ClickAsync();
        var start = admin.Locator("input#generation-start, #generation-start input").First;
        var end = admin.Locator("input#generation-end, #generation-end input").First;
        await Expect(start).ToHaveValueAsync(new Regex(@"^\d{4}\. 3\. 1\.$"));
        var lastDay = $"{int.Parse((await start.InputValueAsync())[..4], System.Globalization.CultureInfo.InvariantCulture) + 1}. 2. 27.";

        await end.FillAsync(lastDay);
        await end.PressAsync("Tab");
        await admin.GetByTestId("save-generation").ClickAsync();

        var newest = admin.GetByTestId("generation-row").First;
        await Expect(newest.Locator("strong")).ToHaveTextAsync("13기");
        await Expect(newest).ToContainTextAsync(lastDay);
    }
}

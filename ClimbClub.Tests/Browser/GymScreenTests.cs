using System.Text.RegularExpressions;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>A club whose ranking job runs every two seconds, so live updates show up within a test's patience.</summary>
public sealed class QuickRankingClub : ClimbClubApp
{
    public QuickRankingClub() => With("Rankings:RefreshInterval", "00:00:02");
}

/// <summary>The gym TV as the club uses it: an admin makes a kiosk link, a TV opens it and follows the boards live.</summary>
[Collection(BrowserGroup.Name)]
public sealed class GymScreenTests(BrowserFixture browser, QuickRankingClub app) : IClassFixture<QuickRankingClub>
{
    [Fact]
    public async Task AKioskLinkShowsNewScoresWithoutAReloadAndGoesDarkWhenTheAdminRevokesIt()
    {
        var baseUrl = app.StartKestrel();
        var dami = await app.CreateMemberAsync("dami@screen.test", displayName: "Dami Dyno");
        var eunji = await app.CreateMemberAsync("eunji@screen.test", displayName: "Eunji Edge");
        await app.LogSessionAsync(dami, problems: 9);

        var admin = await browser.NewPageAsync(baseUrl);
        await admin.SignInAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);
        await admin.GotoAsync("/admin/screens");
        await admin.WaitUntilLiveAsync();
        await admin.GetByTestId("add-screen-link").ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("TV at Main Hall");
        await admin.GetByTestId("create-screen-link").ClickAsync();
        await Expect(admin.GetByText("it is shown only this once")).ToBeVisibleAsync();
        var link = await admin.GetByTestId("screen-url").InputValueAsync();
        Assert.Matches(new Regex($"^{Regex.Escape(baseUrl)}/screen\\?key=[A-Za-z0-9_-]{{43}}$"), link);

        // The TV: a fresh browser with no cookie, only the link.
        var tv = await browser.NewPageAsync(baseUrl);
        await tv.SetViewportSizeAsync(1920, 1080);
        await tv.GotoAsync(link);
        await tv.WaitUntilLiveAsync();
        var allTime = tv.GetByTestId("screen-alltime");
        await Expect(tv.GetByTestId("screen-boards")).ToBeVisibleAsync();
        await Expect(allTime.Locator("[data-name='Dami Dyno'] [data-testid=points]")).ToHaveTextAsync("9");
        await tv.EvaluateAsync("() => window.openedBeforeEunjiClimbed = true");

        await app.LogSessionAsync(eunji, problems: 12);

        await Expect(allTime.Locator("[data-name='Eunji Edge'] [data-testid=points]")).ToHaveTextAsync("12");
        await Expect(allTime.Locator("[data-testid=screen-row]").First).ToHaveAttributeAsync("data-name", "Eunji Edge");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedBeforeEunjiClimbed === true"), "The screen reloaded.");

        await admin.Locator("[data-testid=screen-link-row][data-name='TV at Main Hall']").GetByTestId("revoke-screen-link").ClickAsync();
        await admin.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await Expect(admin.GetByText("\"TV at Main Hall\" is revoked.")).ToBeVisibleAsync();

        await Expect(tv.GetByTestId("screen-invalid")).ToHaveTextAsync(new Regex("This screen link is not valid \\(any more\\)\\.\\s*Ask an admin for a new one\\."));
        await Expect(tv.GetByTestId("screen-boards")).ToHaveCountAsync(0);
        await Expect(tv.GetByText("Eunji Edge")).ToHaveCountAsync(0);
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedBeforeEunjiClimbed === true"), "The screen reloaded.");
    }

    [Fact]
    public async Task AScreenThatCannotReadTheBoardsWaitsCalmlyAndCarriesOnByItselfWithoutAReload()
    {
        var baseUrl = app.StartKestrel();
        var jin = await app.CreateMemberAsync("jin@screen.test", displayName: "Jin Jug");
        await app.LogSessionAsync(jin, problems: 4);
        var link = await app.CreateScreenLinkAsync("TV in the café");

        var tv = await browser.NewPageAsync(baseUrl);
        await tv.GotoAsync(link);
        await tv.WaitUntilLiveAsync();
        await Expect(tv.GetByTestId("screen-alltime").Locator("[data-name='Jin Jug'] [data-testid=points]")).ToHaveTextAsync("4");
        await tv.EvaluateAsync("() => window.openedBeforeTheFailure = true");

        // The screen's next refresh cannot check its link: the table of links is out of reach for a while.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"ScreenKeys\" RENAME TO \"ScreenKeysAway\"", TestContext.Current.CancellationToken));
        await Expect(tv.GetByTestId("screen-paused")).ToBeVisibleAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"ScreenKeysAway\" RENAME TO \"ScreenKeys\"", TestContext.Current.CancellationToken));

        await Expect(tv.GetByTestId("screen-boards")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await app.LogSessionAsync(jin, problems: 7, slot: 3);
        await Expect(tv.GetByTestId("screen-alltime").Locator("[data-name='Jin Jug'] [data-testid=points]")).ToHaveTextAsync("11");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedBeforeTheFailure === true"), "The screen reloaded.");
        await Expect(tv.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }
}

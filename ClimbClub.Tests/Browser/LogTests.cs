using System.Globalization;
using System.Text.RegularExpressions;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>A member's own log, on a phone: logging a session while the points add up, then changing and removing it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LogTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AMemberLogsASessionWatchingItsPointsThenEditsAndDeletesIt()
    {
        var baseUrl = app.StartKestrel();
        var memberId = await app.CreateMemberAsync("jiwoo@uni.test", displayName: "박지우");
        var today = app.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow);
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await browser.NewPageAsync(baseUrl, phone: true);
        await page.SignInAsync("jiwoo@uni.test", ClimbClubApp.MemberPassword);

        await page.GotoAsync("/log");
        await page.WaitUntilLiveAsync();
        await Expect(page.GetByTestId("log-empty")).ToContainTextAsync("No sessions yet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log a session" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/log/new$"));

        var total = page.GetByTestId("preview-total");
        var lines = page.GetByTestId("preview-line");
        await Expect(page.GetByLabel("Gym")).ToHaveValueAsync(await GymIdAsync("Main Hall Bouldering"));
        await Expect(total).ToHaveTextAsync("0");

        // A day long past: the form warns before saving that it will not move the rankings.
        await page.GetByLabel("Day").FillAsync(today.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("frozen-notice")).ToContainTextAsync("will count for your stats, not the rankings");
        await page.GetByLabel("Day").FillAsync(yesterday);
        await Expect(page.GetByTestId("frozen-notice")).ToHaveCountAsync(0);
        await page.GetByLabel("Start").FillAsync("18:00");
        await page.GetByLabel("End").FillAsync("20:15");
        await page.GetByLabel("Gym").SelectOptionAsync(new SelectOptionValue { Label = "Riverside Boulders" });

        // The member's level is White: Blue is above it (2.0 a problem), White is at it (1.0).
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Blue", Exact = true }).ClickAsync();
        await Expect(total).ToHaveTextAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "One Blue problem more" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "One Blue problem more" }).ClickAsync();
        await Expect(lines).ToHaveTextAsync(["3 × Blue (above your level) × 2.0 = 6"]);
        await Expect(total).ToHaveTextAsync("6");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add Blue", Exact = true })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add White", Exact = true }).ClickAsync();
        await Expect(total).ToHaveTextAsync("7");
        await page.GetByLabel("White problems solved").FillAsync("4");
        await Expect(lines).ToHaveTextAsync(["4 × White (at your level) × 1.0 = 4", "3 × Blue (above your level) × 2.0 = 6"]);
        await Expect(total).ToHaveTextAsync("10");
        await Expect(page.GetByTestId("preview-rule")).ToContainTextAsync("Scored against your level (White)");
        await page.GetByLabel("Note (optional)").FillAsync("Flashed the blue arete.");
        await page.GetByTestId("save-session").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/log$"));
        await Expect(page.GetByText($"Your session of {yesterday} is saved.")).ToBeVisibleAsync();
        var card = page.GetByTestId("session");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync(yesterday);
        await Expect(card).ToContainTextAsync("18:00–20:15 · 2:15 h");
        await Expect(card).ToContainTextAsync("Riverside Boulders");
        await Expect(card).ToContainTextAsync("Flashed the blue arete.");
        await Expect(card.GetByTestId("colour-count")).ToHaveTextAsync(["White 4", "Blue 3"]);
        await Expect(card.GetByTestId("session-points")).ToHaveTextAsync("10 pts");

        // Meanwhile an admin moves her up to Blue; the session keeps the level it was logged with.
        await app.WithDbAsync(async db =>
        {
            var blue = await db.Colours.Where(c => c.Name == "Blue").Select(c => c.Id).SingleAsync();
            return await db.Users.Where(u => u.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LevelColourId, blue));
        });
        await card.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/log/\\d+/edit$"));
        await Expect(page.GetByLabel("Day")).ToHaveValueAsync(yesterday);
        await Expect(page.GetByLabel("Gym")).ToHaveValueAsync(await GymIdAsync("Riverside Boulders"));
        await Expect(total).ToHaveTextAsync("10");
        await Expect(page.GetByTestId("preview-rule")).ToContainTextAsync("Scored against your level when you logged it (White)");
        await page.GetByRole(AriaRole.Button, new() { Name = "One Blue problem less" }).ClickAsync();
        await Expect(total).ToHaveTextAsync("8");
        await page.GetByTestId("save-session").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/log$"));
        await Expect(card.GetByTestId("colour-count")).ToHaveTextAsync(["White 4", "Blue 2"]);
        await Expect(card.GetByTestId("session-points")).ToHaveTextAsync("8 pts");

        await card.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await Expect(dialog).ToContainTextAsync($"Delete your session of {yesterday} at Riverside Boulders?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Expect(card).ToHaveCountAsync(1);
        await card.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Expect(page.GetByTestId("log-empty")).ToBeVisibleAsync();
        await Expect(card).ToHaveCountAsync(0);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.MemberId == memberId)));
    }

    private Task<string> GymIdAsync(string name) =>
        app.WithDbAsync(async db => (await db.Gyms.Where(g => g.Name == name).Select(g => g.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture));
}

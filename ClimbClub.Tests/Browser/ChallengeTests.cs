using System.Globalization;
using System.Text.RegularExpressions;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Log;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>Challenges as officers and members use them: places taken and freed, progress, badges and closing, seen live.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ChallengeTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Title = "Yellow week";

    [Fact]
    public async Task AMemberTakesTheOnlyPlaceTheNextFindsItFullAndClimbingEarnsTheBadgeLive()
    {
        var baseUrl = app.StartKestrel();
        await app.CreateMemberAsync("challenge-officer@uni.test", ClubRole.Officer, displayName: "Officer Oh");
        var minjiId = await app.CreateMemberAsync("minji@uni.test", displayName: "Kim Minji");
        var junId = await app.CreateMemberAsync("jun@uni.test", displayName: "Lee Jun");
        var (climbingDay, first, last) = ThisWeek();

        // The officer sets the challenge: ten problems, yellow or harder, this week, one place.
        var officer = await SignedInAsync(baseUrl, "challenge-officer@uni.test");
        await GoToChallengesAsync(officer);
        await Expect(officer).ToHaveURLAsync(new Regex("/challenges$"));
        await Expect(officer.GetByTestId("challenges-empty")).ToHaveTextAsync("No challenge is running right now. Set one with “New challenge”.");
        await officer.GetByTestId("new-challenge").ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/challenges/new$"));
        await officer.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await officer.GetByLabel("Problems to climb").FillAsync("10");
        await officer.GetByLabel("First day").FillAsync(Iso(first));
        await officer.GetByLabel("Last day").FillAsync(Iso(last));
        await officer.GetByLabel("Member limit").FillAsync("1");
        await officer.GetByTestId("save-challenge").ClickAsync();
        await Expect(officer.GetByText("Choose the easiest colour that counts.")).ToBeVisibleAsync();
        await officer.GetByRole(AriaRole.Radio, new() { Name = "Yellow", Exact = true }).CheckAsync();
        await Expect(officer.GetByTestId("goal-preview").GetByTestId("goal-text")).ToHaveTextAsync("10 problems, yellow or harder");
        await officer.GetByTestId("save-challenge").ClickAsync();

        await Expect(officer).ToHaveURLAsync(new Regex(@"/challenges/\d+$"));
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("goal-text")).ToHaveTextAsync("10 problems, yellow or harder");
        await Expect(officer.GetByTestId("chip-members")).ToHaveTextAsync("0 / 1 joined");
        await Expect(officer.GetByTestId("participants-empty")).ToBeVisibleAsync();
        var challengeId = int.Parse(officer.Url.Split('/')[^1], CultureInfo.InvariantCulture);

        // Both members look at the list before anyone joins.
        var minji = await SignedInAsync(baseUrl, "minji@uni.test");
        var jun = await SignedInAsync(baseUrl, "jun@uni.test");
        foreach (var member in new[] { minji, jun })
        {
            await GoToChallengesAsync(member);
            await Expect(member).ToHaveURLAsync(new Regex("/challenges$"));
            await Expect(Card(member).GetByTestId("join")).ToBeVisibleAsync();
            await member.EvaluateAsync("() => window.openedBeforeTheJoin = true");
        }

        await Card(minji).GetByTestId("join").ClickAsync();

        await Expect(minji.GetByText($"You joined \"{Title}\".")).ToBeVisibleAsync();
        await Expect(Card(minji).GetByTestId("chip-joined")).ToBeVisibleAsync();
        await Expect(Card(minji).GetByTestId("progress-count")).ToHaveTextAsync("0 / 10");
        await Expect(Card(minji).GetByTestId("leave")).ToBeVisibleAsync();

        // Jun's open page turns full without a reload, says why, and offers no way in; the service refuses him in the same words.
        await Expect(Card(jun).GetByTestId("chip-full")).ToHaveTextAsync("Full");
        await Expect(Card(jun).GetByTestId("chip-members")).ToHaveTextAsync("1 / 1 joined");
        await Expect(Card(jun).GetByTestId("full-note")).ToHaveTextAsync("This challenge is full: all 1 places are taken.");
        await Expect(Card(jun).GetByTestId("join")).ToHaveCountAsync(0);
        await using (var scope = app.Scope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<ChallengeService>().JoinAsync(ClimbClubApp.PrincipalOf(junId), challengeId, TestContext.Current.CancellationToken);
            Assert.Equal("This challenge is full: all 1 places are taken.", refused.Message);
        }

        // Minji follows her progress on the challenge, with her own page open in a second tab.
        await Card(minji).GetByRole(AriaRole.Link, new() { Name = $"Details of {Title}" }).ClickAsync();
        await Expect(minji).ToHaveURLAsync(new Regex($"/challenges/{challengeId}$"));
        var mine = minji.GetByTestId("challenge").GetByTestId("progress-count");
        await Expect(mine).ToHaveTextAsync("0 / 10");
        var myPage = await minji.Context.NewPageAsync();
        await myPage.GotoAsync("/me");
        await myPage.WaitUntilLiveAsync();
        await Expect(myPage.GetByTestId("badges-empty")).ToContainTextAsync("No badges yet");
        var minjiOnOfficersPage = officer.Locator("[data-testid=participant][data-name='Kim Minji']");
        await Expect(minjiOnOfficersPage.GetByTestId("progress-count")).ToHaveTextAsync("0 / 10");

        // White problems do not count towards a yellow-or-harder goal.
        await LogSessionAsync(minjiId, climbingDay, slot: 0, ("White", 5), ("Yellow", 4));
        await app.Services.GetRequiredService<ChallengeProgress>().RefreshAsync(TestContext.Current.CancellationToken);

        await Expect(mine).ToHaveTextAsync("4 / 10");
        await Expect(minji.GetByTestId("challenge").GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "4");
        await Expect(minjiOnOfficersPage.GetByTestId("progress-count")).ToHaveTextAsync("4 / 10");
        await Expect(myPage.GetByTestId("badge")).ToHaveCountAsync(0);

        await LogSessionAsync(minjiId, climbingDay, slot: 2, ("Blue", 6));
        var completedOn = app.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow);
        await app.Services.GetRequiredService<ChallengeProgress>().RefreshAsync(TestContext.Current.CancellationToken);

        await Expect(mine).ToHaveTextAsync("10 / 10");
        await Expect(minji.GetByTestId("chip-completed")).ToHaveTextAsync("Completed");
        await Expect(minjiOnOfficersPage.Locator(".goal-done")).ToBeVisibleAsync();
        var badge = myPage.GetByTestId("badge");
        await Expect(badge).ToHaveCountAsync(1);
        await Expect(badge).ToContainTextAsync(Title);
        await Expect(badge).ToContainTextAsync(Iso(completedOn));
        Assert.True(await jun.EvaluateAsync<bool>("() => window.openedBeforeTheJoin === true"), "Jun's page reloaded.");
        Assert.True(await minji.EvaluateAsync<bool>("() => window.openedBeforeTheJoin === true"), "Minji's page reloaded.");

        // Others see the badge on her profile too.
        await jun.GotoAsync($"/members/{minjiId}");
        await Expect(jun.GetByTestId("badge")).ToContainTextAsync(Title);
    }

    [Fact]
    public async Task AnOfficerMakesRoomAMemberLeavesAndClosingMovesTheChallengeToThePast()
    {
        var baseUrl = app.StartKestrel();
        var officerId = await app.CreateMemberAsync("room-officer@uni.test", ClubRole.Officer, displayName: "Officer Kang");
        var soraId = await app.CreateMemberAsync("sora@uni.test", displayName: "Park Sora");
        await app.CreateMemberAsync("dan@uni.test", displayName: "Choi Dan");
        const string title = "Three sessions";
        var challengeId = await CreateAsync(officerId, title, memberLimit: 1);
        await JoinAsync(soraId, challengeId);

        var dan = await SignedInAsync(baseUrl, "dan@uni.test");
        await dan.GotoAsync("/challenges");
        await dan.WaitUntilLiveAsync();
        var card = dan.Locator($"[data-testid=challenge-card][data-title='{title}']");
        await Expect(card.GetByTestId("full-note")).ToHaveTextAsync("This challenge is full: all 1 places are taken.");
        await Expect(card.GetByTestId("goal-text")).ToHaveTextAsync("3 sessions");

        // The officer makes a second place; Dan's page offers it at once and he takes it.
        var officer = await SignedInAsync(baseUrl, "room-officer@uni.test");
        await officer.GotoAsync($"/challenges/{challengeId}");
        await officer.WaitUntilLiveAsync();
        await officer.GetByTestId("edit-challenge").ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex($"/challenges/{challengeId}/edit$"));
        await Expect(officer.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(title);
        await officer.GetByLabel("Member limit").FillAsync("2");
        await officer.GetByTestId("save-challenge").ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex($"/challenges/{challengeId}$"));
        await Expect(officer.GetByTestId("chip-members")).ToHaveTextAsync("1 / 2 joined");

        await card.GetByTestId("join").ClickAsync();
        await Expect(card.GetByTestId("chip-joined")).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("participant")).ToHaveCountAsync(2);

        // Sora leaves, after saying so in the dialog; the officer's list of members follows.
        var sora = await SignedInAsync(baseUrl, "sora@uni.test");
        await sora.GotoAsync($"/challenges/{challengeId}");
        await sora.WaitUntilLiveAsync();
        await sora.GetByTestId("leave").ClickAsync();
        var dialog = sora.Locator(".rz-dialog");
        await Expect(dialog).ToContainTextAsync($"Leave \"{title}\"? Your progress stops counting.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Leave", Exact = true }).ClickAsync();
        await Expect(sora.GetByText($"You left \"{title}\".")).ToBeVisibleAsync();
        await Expect(sora.GetByTestId("join")).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("participant")).ToHaveCountAsync(1);
        await Expect(officer.GetByTestId("participant")).ToHaveAttributeAsync("data-name", "Choi Dan");

        // Closing asks first; then the challenge leaves Dan's running list for the past ones.
        await officer.GetByTestId("close-challenge").ClickAsync();
        await officer.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Close challenge", Exact = true }).ClickAsync();
        await Expect(officer.GetByText($"\"{title}\" is closed.")).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("edit-challenge")).ToHaveCountAsync(0);
        await Expect(card).ToHaveCountAsync(0);
        await Expect(dan.Locator($"[data-testid=past-challenge][data-title='{title}']")).ToContainTextAsync("Closed");
    }

    /// <summary>Follows the menu's link, opening the menu first on a phone.</summary>
    private static async Task GoToChallengesAsync(IPage page)
    {
        var menu = page.Locator("label.nav-open");
        if (await menu.IsVisibleAsync())
        {
            await menu.ClickAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Challenges", Exact = true }).ClickAsync();
    }

    private static ILocator Card(IPage page) => page.Locator($"[data-testid=challenge-card][data-title='{Title}']");

    private async Task<IPage> SignedInAsync(string baseUrl, string email)
    {
        var page = await browser.NewPageAsync(baseUrl, phone: email.StartsWith("minji", StringComparison.Ordinal));
        await page.SignInAsync(email, ClimbClubApp.MemberPassword);
        await page.WaitUntilLiveAsync();
        return page;
    }

    /// <summary>
    /// The day sessions are logged on (today in club time, yesterday in the first hour so nothing ends in the future),
    /// and this week's Monday to Sunday, stretched back to that day if it fell in the week before.
    /// </summary>
    private (DateOnly Day, DateOnly First, DateOnly Last) ThisWeek()
    {
        var now = app.Services.GetRequiredService<ClubCalendar>().ToClubTime(DateTimeOffset.UtcNow);
        var today = DateOnly.FromDateTime(now.DateTime);
        var day = today.AddDays(now.Hour == 0 ? -1 : 0);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (day, day < monday ? day : monday, monday.AddDays(6));
    }

    /// <summary>A one-minute session early on <paramref name="day"/>, logged through the log service as the member would.</summary>
    private async Task LogSessionAsync(string memberId, DateOnly day, int slot, params (string Colour, int Count)[] lines)
    {
        var (gym, colours) = await app.WithDbAsync(async db => (
            await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            await db.Colours.ToDictionaryAsync(c => c.Name, c => c.Id)));
        await using var scope = app.Scope();
        var logged = await scope.ServiceProvider.GetRequiredService<LogService>().AddAsync(ClimbClubApp.PrincipalOf(memberId), new SessionInput
        {
            Date = day,
            Start = new TimeOnly(0, slot),
            End = new TimeOnly(0, slot + 1),
            GymId = gym,
            Lines = [.. lines.Select(l => new SessionLineInput { ColourId = colours[l.Colour], Count = l.Count })],
        }, TestContext.Current.CancellationToken);
        Assert.True(logged.Succeeded, logged.Message);
    }

    private async Task<int> CreateAsync(string officerId, string title, int memberLimit)
    {
        var today = app.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow);
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<ChallengeService>().CreateAsync(ClimbClubApp.PrincipalOf(officerId), new ChallengeInput
        {
            Title = title,
            StartDate = today,
            EndDate = today.AddDays(6),
            GoalKind = ChallengeGoalKind.Sessions,
            Target = 3,
            MemberLimit = memberLimit,
        }, TestContext.Current.CancellationToken);
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    private async Task JoinAsync(string memberId, int challengeId)
    {
        await using var scope = app.Scope();
        var joined = await scope.ServiceProvider.GetRequiredService<ChallengeService>().JoinAsync(ClimbClubApp.PrincipalOf(memberId), challengeId, TestContext.Current.CancellationToken);
        Assert.True(joined.Succeeded, joined.Message);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.RegularExpressions;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>A member's news arriving live in every open tab, read in one of them, and a kind of news turned off.</summary>
[Collection(BrowserGroup.Name)]
public sealed class NotificationCentreTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Reason = "40 black problems in one hour? Please log what you really climbed.";

    [Fact]
    public async Task AnOfficersVoidRaisesTheBadgeInBothTabsAndMarkingAllReadInOneClearsTheOther()
    {
        var baseUrl = app.StartKestrel();
        var memberId = await app.CreateMemberAsync("minho@uni.test", displayName: "이민호");
        var officerId = await app.CreateMemberAsync("void-officer@uni.test", ClubRole.Officer, displayName: "Officer Oh");
        var yesterday = Yesterday();
        var older = await LogAsync(memberId, yesterday.AddDays(-1));
        var newer = await LogAsync(memberId, yesterday);

        // Two tabs of one browser, both signed in as the member: one on the home page, one that will read the news.
        var home = await browser.NewPageAsync(baseUrl, phone: true);
        await home.SignInAsync("minho@uni.test", ClimbClubApp.MemberPassword);
        var reader = await home.Context.NewPageAsync();
        await reader.GotoAsync("/");
        await home.WaitUntilLiveAsync();
        await reader.WaitUntilLiveAsync();
        await home.EvaluateAsync("() => window.openedBeforeTheNews = true");
        await reader.EvaluateAsync("() => window.openedBeforeTheNews = true");
        var homeBadge = home.GetByTestId("unread-badge");
        var readerBadge = reader.GetByTestId("unread-badge");
        await Expect(homeBadge).ToHaveCountAsync(0);
        await Expect(home.GetByRole(AriaRole.Link, new() { Name = "Notifications", Exact = true }).First).ToBeVisibleAsync();

        await VoidAsync(officerId, older);

        await Expect(homeBadge).ToHaveTextAsync("1");
        await Expect(readerBadge).ToHaveTextAsync("1");
        await Expect(home.GetByRole(AriaRole.Link, new() { Name = "1 unread notification" })).ToBeVisibleAsync();

        await reader.GetByTestId("notification-bell").ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/notifications$"));
        var news = reader.GetByTestId("notification");
        await Expect(news).ToHaveCountAsync(1);
        await Expect(news.GetByTestId("notification-text")).ToHaveTextAsync($"An officer voided your session of {Formats(yesterday.AddDays(-1))}: it scores nothing.");
        await Expect(news.GetByTestId("notification-reason")).ToHaveTextAsync($"Reason: “{Reason}”");
        await Expect(news).ToHaveAttributeAsync("data-unread", "true");

        // More news while the page is open: it comes in at the top, and both badges count it.
        await VoidAsync(officerId, newer);

        await Expect(news).ToHaveCountAsync(2);
        await Expect(news.First.GetByTestId("notification-text")).ToContainTextAsync(Formats(yesterday));
        await Expect(reader.GetByTestId("unread-summary")).ToHaveTextAsync("2 unread");
        await Expect(homeBadge).ToHaveTextAsync("2");
        await Expect(home.GetByRole(AriaRole.Link, new() { Name = "2 unread notifications" })).ToBeVisibleAsync();

        await reader.GetByTestId("mark-all-read").ClickAsync();

        await Expect(homeBadge).ToHaveCountAsync(0);
        await Expect(readerBadge).ToHaveCountAsync(0);
        await Expect(reader.Locator("[data-testid=notification][data-unread=true]")).ToHaveCountAsync(0);
        await Expect(reader.GetByTestId("unread-summary")).ToHaveTextAsync("You're all caught up.");
        await Expect(reader.GetByTestId("mark-all-read")).ToHaveCountAsync(0);
        Assert.True(await home.EvaluateAsync<bool>("() => window.openedBeforeTheNews === true"), "The home tab reloaded.");
        Assert.True(await reader.EvaluateAsync<bool>("() => window.openedBeforeTheNews === true"), "The reading tab reloaded.");
    }

    [Fact]
    public async Task AKindTurnedOffInWhatIGetStaysQuietAndOnceBackOnItsNewsLeadsToTheLog()
    {
        var baseUrl = app.StartKestrel();
        var memberId = await app.CreateMemberAsync("jisoo@uni.test", displayName: "Park Jisoo");
        var officerId = await app.CreateMemberAsync("quiet-officer@uni.test", ClubRole.Officer, displayName: "Officer Oh");
        var yesterday = Yesterday();
        var first = await LogAsync(memberId, yesterday.AddDays(-1));
        var second = await LogAsync(memberId, yesterday);

        var page = await browser.NewPageAsync(baseUrl);
        await page.SignInAsync("jisoo@uni.test", ClimbClubApp.MemberPassword);
        await page.GotoAsync("/notifications");
        await page.WaitUntilLiveAsync();
        await Expect(page.GetByTestId("notifications-empty")).ToBeVisibleAsync();
        var voidedSessions = page.Locator("[data-testid=choice][data-kind=SessionVoided]");
        var voidedSwitch = page.GetByRole(AriaRole.Switch, new() { Name = "Session voided" });
        await Expect(voidedSwitch).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Switch)).ToHaveCountAsync(6);

        await page.GetByText("Session voided", new() { Exact = true }).ClickAsync();

        await Expect(voidedSessions.GetByTestId("choice-saved")).ToContainTextAsync("Saved: you won't get these.");
        await Expect(voidedSwitch).Not.ToBeCheckedAsync();
        await VoidAsync(officerId, first);
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == memberId)));
        await page.ReloadAsync();
        await page.WaitUntilLiveAsync();
        await Expect(voidedSwitch).Not.ToBeCheckedAsync();
        await Expect(page.GetByTestId("unread-badge")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("notifications-empty")).ToBeVisibleAsync();

        // The switch itself turns it back on; the next void arrives live and opening it leads to the log, read.
        await voidedSessions.Locator(".rz-switch").ClickAsync();
        await Expect(voidedSessions.GetByTestId("choice-saved")).ToContainTextAsync("Saved: you'll get these.");
        await Expect(voidedSwitch).ToBeCheckedAsync();
        await VoidAsync(officerId, second);

        var news = page.GetByTestId("notification");
        await Expect(page.GetByTestId("unread-badge")).ToHaveTextAsync("1");
        await Expect(news).ToHaveCountAsync(1);
        await news.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/log$"));
        await Expect(page.GetByTestId("unread-badge")).ToHaveCountAsync(0);
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == memberId && n.ReadAt == null)));
    }

    private DateOnly Yesterday() => app.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow).AddDays(-1);

    private static string Formats(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task VoidAsync(string officerId, long sessionId)
    {
        await using var scope = app.Scope();
        var voided = await scope.ServiceProvider.GetRequiredService<LogService>()
            .VoidAsync(ClimbClubApp.PrincipalOf(officerId), sessionId, new VoidInput { Reason = Reason });
        Assert.True(voided.Succeeded, voided.Message);
    }

    private async Task<long> LogAsync(string memberId, DateOnly day)
    {
        var colours = await app.WithDbAsync(db => db.Colours.ToDictionaryAsync(c => c.Name, c => c.Id));
        var gym = await app.WithDbAsync(db => db.Gyms.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        await using var scope = app.Scope();
        var added = await scope.ServiceProvider.GetRequiredService<LogService>().AddAsync(ClimbClubApp.PrincipalOf(memberId), new SessionInput
        {
            Date = day,
            Start = new TimeOnly(10, 0),
            End = new TimeOnly(11, 0),
            GymId = gym,
            Lines = [new SessionLineInput { ColourId = colours["Black"], Count = 40 }],
        });
        Assert.True(added.Succeeded, added.Message);
        return added.Value;
    }
}

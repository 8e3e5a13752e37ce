using System.Globalization;
using System.Text.RegularExpressions;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Integration;
using ClimbClub.Core.Attendance;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Attendance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>
/// A session evening as the club lives it, on the real clock: the gym TV shows the check-in code, a member scans it with
/// a phone that is not signed in yet, signs in, is checked in, and appears on the TV without anyone touching it.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CheckInTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string MemberEmail = "mina@scan.test";
    private const string Riverside = "Riverside Boulders";

    [Fact]
    public async Task AMemberScansTheScreensCodeIsPresentAndShowsUpOnTheScreenAndTheSameCodeIsNotTakenTwice()
    {
        var baseUrl = app.StartKestrel();
        var officer = await app.CreateMemberAsync("officer@scan.test", ClubRole.Officer);
        await app.CreateMemberAsync(MemberEmail, displayName: "Mina Mantle");
        await app.AddSessionTodayAsync(officer, await SessionStartingNowAsync(), "Main Hall Bouldering");
        var key = await app.CreateScreenKeyAsync("TV at Main Hall");

        var tv = await browser.NewPageAsync(baseUrl);
        await tv.SetViewportSizeAsync(1920, 1080);
        await tv.GotoAsync("/screen?key=" + Uri.EscapeDataString(key));
        await tv.WaitUntilLiveAsync();
        await tv.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true }).ClickAsync();
        var slide = tv.GetByTestId("screen-checkin");
        await Expect(slide).ToBeVisibleAsync();
        var code = slide.Locator("[data-testid=checkin-code][data-gym='Main Hall Bouldering']");
        await Expect(code.Locator("svg")).ToBeVisibleAsync();
        var before = int.Parse(await slide.GetByTestId("checkin-count").InnerTextAsync(), CultureInfo.InvariantCulture);
        var link = await code.Locator(".qr-code").GetAttributeAsync("data-url");
        Assert.Matches(new Regex($"^{Regex.Escape(baseUrl)}/checkin\\?code=[A-Za-z0-9_-]+$"), link);
        await tv.EvaluateAsync("() => window.openedBeforeTheScan = true");

        var phone = await browser.NewPageAsync(baseUrl, phone: true);
        await phone.GotoAsync(link!);
        await Expect(phone).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl="));
        await phone.SubmitSignInAsync(MemberEmail, ClimbClubApp.MemberPassword);
        await Expect(phone).ToHaveURLAsync(new Regex($"^{Regex.Escape(baseUrl)}/checkin(\\?code=[A-Za-z0-9_-]+)?$"));
        await phone.WaitUntilLiveAsync();

        var result = phone.GetByTestId("checkin-result");
        await Expect(result).ToHaveAttributeAsync("data-status", "Present");
        await Expect(result.GetByRole(AriaRole.Heading)).ToHaveTextAsync("You're checked in");
        await Expect(result.GetByTestId("checkin-status")).ToHaveTextAsync("Present");
        await Expect(result.GetByTestId("checkin-where")).ToContainTextAsync("Main Hall Bouldering");
        await Expect(phone).ToHaveURLAsync($"{baseUrl}/checkin");

        var row = slide.Locator("[data-testid=checkin-row][data-name='Mina Mantle']");
        await Expect(row.GetByTestId("checkin-status")).ToHaveTextAsync("Present");
        await Expect(slide.GetByTestId("checkin-count")).ToHaveTextAsync($"{before + 1}");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedBeforeTheScan === true"), "The screen reloaded.");

        await phone.GotoAsync(link!);
        await phone.WaitUntilLiveAsync();
        await Expect(result).ToHaveAttributeAsync("data-status", "already");
        await Expect(result.GetByTestId("checkin-message")).ToHaveTextAsync("This check-in code has already been used.");
        await Expect(phone.GetByTestId("week-status")).ToHaveTextAsync("Present");
    }

    [Fact]
    public async Task AMemberWhoCannotScanAsksAnOfficerAndSeesEachDecisionWithoutAReload()
    {
        var baseUrl = app.StartKestrel();
        var officer = await app.CreateMemberAsync("oh@ask.test", ClubRole.Officer);
        var jun = await app.CreateMemberAsync("jun@ask.test", displayName: "Jun Jamming");
        await app.MoveHomeGymAsync(jun, Riverside);
        await app.AddSessionTodayAsync(officer, await SessionStartingNowAsync(), Riverside);
        var phone = await browser.NewPageAsync(baseUrl, phone: true);
        await phone.SignInAsync("jun@ask.test", ClimbClubApp.MemberPassword);
        await phone.GotoAsync("/checkin");
        await phone.WaitUntilLiveAsync();
        var session = phone.Locator($"[data-testid=today-session][data-gym='{Riverside}']");
        await phone.EvaluateAsync("() => window.openedBeforeTheDecisions = true");

        await session.GetByTestId("ask-officer").ClickAsync();
        await Expect(phone.GetByTestId("request-state")).ToHaveAttributeAsync("data-status", "Pending");
        await Expect(phone.GetByTestId("ask-officer")).ToHaveCountAsync(0);

        await DecideAsync(officer, jun, new CheckInRejection { Reason = "Nobody saw you at the wall." });
        await Expect(phone.GetByTestId("request-state")).ToHaveAttributeAsync("data-status", "Rejected");
        await Expect(phone.GetByTestId("request-reason")).ToHaveTextAsync("Nobody saw you at the wall.");

        await session.GetByTestId("ask-officer").ClickAsync();
        await Expect(phone.GetByTestId("request-state")).ToHaveAttributeAsync("data-status", "Pending");
        await DecideAsync(officer, jun, rejection: null);
        await Expect(phone.GetByTestId("week-status")).ToHaveTextAsync("Present");
        await Expect(phone.GetByTestId("request-state")).ToHaveAttributeAsync("data-status", "Approved");
        Assert.True(await phone.EvaluateAsync<bool>("() => window.openedBeforeTheDecisions === true"), "The page reloaded.");
    }

    /// <summary>The officer decides the member's waiting request: approves it, or turns it down with a reason.</summary>
    private async Task DecideAsync(string officerId, string memberId, CheckInRejection? rejection)
    {
        var request = await app.WithDbAsync(db => db.CheckInRequests
            .Where(r => r.MemberId == memberId && r.Status == CheckInRequestStatus.Pending).Select(r => r.Id).SingleAsync());
        await using var scope = app.Scope();
        var decided = await scope.ServiceProvider.GetRequiredService<CheckInService>()
            .DecideAsync(ClimbClubApp.PrincipalOf(officerId), request, approve: rejection is null, rejection);
        Assert.True(decided.Succeeded, decided.Message);
    }

    /// <summary>
    /// A start time that makes a session open now, with a scan in the next minutes on time (the current minute). Close
    /// to midnight it waits for the new day, so the session and the scan fall on the same club day.
    /// </summary>
    private async Task<TimeOnly> SessionStartingNowAsync()
    {
        var now = app.ClubNow().Time;
        if (now > new TimeOnly(23, 58))
        {
            await Task.Delay(TimeOnly.MaxValue - now + TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            now = app.ClubNow().Time;
        }

        return new TimeOnly(now.Hour, now.Minute);
    }
}

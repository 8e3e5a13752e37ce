using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Attendance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>An officer keeping the weekly schedule, and deciding check-in requests as they arrive.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AttendanceOfficerTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AnOfficerAddsAWeeklySessionAndAHolidayAndSeesThemListed()
    {
        var baseUrl = app.StartKestrel();
        var officerId = await app.CreateMemberAsync("schedule-officer@uni.test", ClubRole.Officer, displayName: "Officer Oh");
        var oldest = (await ScheduleAsync(ClimbClubApp.PrincipalOf(officerId))).Generations[^1];
        var holiday = oldest.StartDate.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var officer = await browser.NewPageAsync(baseUrl);
        await officer.SignInAsync("schedule-officer@uni.test", ClimbClubApp.MemberPassword);
        await officer.WaitUntilLiveAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Session schedule" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/officer/schedule$"));
        await officer.GetByLabel("Generation").SelectOptionAsync(new SelectOptionValue { Value = oldest.Id.ToString(CultureInfo.InvariantCulture) });
        await Expect(officer).ToHaveURLAsync(new Regex($"/officer/schedule\\?generation={oldest.Id}$"));
        await Expect(officer.GetByTestId("sessions-empty")).ToHaveTextAsync($"Gen {oldest.Number} has no weekly sessions yet. Add the days the club meets.");

        await officer.GetByTestId("add-session").ClickAsync();
        await officer.GetByLabel("Day", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Thursday" });
        await officer.GetByLabel("Starts at").FillAsync("18:30");
        await officer.GetByTestId("save-session").ClickAsync();
        await Expect(officer.GetByText("Choose the gym.")).ToBeVisibleAsync();
        await officer.GetByLabel("Gym", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Riverside Boulders" });
        await officer.GetByTestId("save-session").ClickAsync();

        var sessions = officer.GetByTestId("session-row");
        await Expect(officer.GetByText("Session saved: Thursday 18:30 at Riverside Boulders.")).ToBeVisibleAsync();
        await Expect(sessions).ToHaveCountAsync(1);
        await Expect(sessions).ToContainTextAsync("Thursday · 18:30");
        await Expect(sessions).ToContainTextAsync("Riverside Boulders");

        // The same day at the same gym again: the service refuses and nothing more is listed.
        await officer.GetByTestId("add-session").ClickAsync();
        await officer.GetByLabel("Day", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Thursday" });
        await officer.GetByLabel("Gym", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Riverside Boulders" });
        await officer.GetByTestId("save-session").ClickAsync();
        await Expect(officer.GetByText("That generation already has a session on that day at that gym.")).ToBeVisibleAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(sessions).ToHaveCountAsync(1);

        await officer.GetByTestId("add-holiday").ClickAsync();
        await officer.GetByLabel("Date", new() { Exact = true }).FillAsync(holiday);
        await officer.GetByTestId("save-holiday").ClickAsync();
        await Expect(officer.GetByText("Say what the holiday is.")).ToBeVisibleAsync();
        await officer.GetByLabel("Name", new() { Exact = true }).FillAsync("Exam week");
        await officer.GetByTestId("save-holiday").ClickAsync();

        var holidays = officer.GetByTestId("holiday-row");
        await Expect(holidays).ToHaveCountAsync(1);
        await Expect(holidays).ToContainTextAsync("Exam week");
        await Expect(holidays).ToContainTextAsync(holiday);

        await officer.ReloadAsync();
        await Expect(sessions).ToHaveCountAsync(1);
        await Expect(holidays).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task AnOfficerSeesARequestArriveLiveApprovesItAndTheMemberShowsAsPresent()
    {
        var baseUrl = app.StartKestrel();
        var officerId = await app.CreateMemberAsync("queue-officer@uni.test", ClubRole.Officer, displayName: "Officer Oh");
        var memberId = await app.CreateMemberAsync("minji@uni.test", displayName: "Kim Minji");
        var sessionId = await TodaysSessionAsync(ClimbClubApp.PrincipalOf(officerId));

        var officer = await browser.NewPageAsync(baseUrl);
        await officer.SignInAsync("queue-officer@uni.test", ClimbClubApp.MemberPassword);
        await officer.WaitUntilLiveAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Attendance" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/officer/attendance$"));
        await Expect(officer.GetByTestId("requests-empty")).ToBeVisibleAsync();
        var minji = officer.Locator("[data-testid=rate-row][data-name='Kim Minji']");
        await Expect(minji.GetByTestId("present")).ToHaveTextAsync("0");
        await Expect(minji.GetByTestId("rate")).ToHaveTextAsync("—");

        // Minji and the officer ask to be checked in while the officer looks at the queue: it fills without a reload.
        await officer.EvaluateAsync("() => window.openedBeforeTheRequests = true");
        await RequestAsync(memberId, sessionId);
        await RequestAsync(officerId, sessionId);
        var request = officer.Locator("[data-testid=check-in-request][data-name='Kim Minji']");
        var own = officer.Locator("[data-testid=check-in-request][data-name='Officer Oh']");
        await Expect(request).ToContainTextAsync("Main Hall Bouldering");
        await Expect(request.GetByTestId("chip-late")).ToHaveCountAsync(0);
        await Expect(request.GetByTestId("chip-other-gym")).ToHaveCountAsync(0);
        await Expect(officer.GetByTestId("requests-count")).ToHaveTextAsync("2");
        await Expect(officer.GetByTestId("check-ins-badge")).ToHaveTextAsync("2");
        Assert.True(await officer.EvaluateAsync<bool>("() => window.openedBeforeTheRequests === true"), "The officer's page reloaded.");

        // An officer's own request is for another officer to decide.
        await own.GetByTestId("approve").ClickAsync();
        await Expect(officer.GetByText("You cannot decide your own request; another officer will.")).ToBeVisibleAsync();
        await Expect(own).ToBeVisibleAsync();

        await request.GetByTestId("approve").ClickAsync();

        await Expect(officer.GetByText("Kim Minji is checked in.")).ToBeVisibleAsync();
        await Expect(request).ToHaveCountAsync(0);
        await Expect(officer.GetByTestId("requests-count")).ToHaveTextAsync("1");
        await Expect(officer.GetByTestId("check-ins-badge")).ToHaveTextAsync("1");
        await Expect(minji.GetByTestId("present")).ToHaveTextAsync("1");
        await Expect(minji.GetByTestId("late")).ToHaveTextAsync("0");
        await Expect(minji.GetByTestId("rate")).ToHaveTextAsync("100%");

        await minji.GetByRole(AriaRole.Link, new() { Name = "Kim Minji" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex($"/officer/attendance/{memberId}\\?generation=\\d+$"));
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Kim Minji", Level = 1 })).ToBeVisibleAsync();
        var thisWeek = officer.GetByTestId("week-row").First;
        await Expect(thisWeek.GetByTestId("status")).ToHaveTextAsync("Present");
        await Expect(thisWeek).ToContainTextAsync("Request approved");
        await Expect(officer.GetByTestId("tally-rate")).ToHaveTextAsync("100%");
    }

    private async Task<GenerationSchedule> ScheduleAsync(ClaimsPrincipal officer)
    {
        await using var scope = app.Scope();
        var read = await scope.ServiceProvider.GetRequiredService<ScheduleService>().ForAsync(officer, null);
        Assert.True(read.Succeeded, read.Message);
        return read.Value!;
    }

    /// <summary>
    /// A weekly session on today's weekday at the home gym of new members, starting this minute: check-in is open and
    /// a request made now is on time. A test started in the last minute of the club's day waits for the next day.
    /// </summary>
    private async Task<int> TodaysSessionAsync(ClaimsPrincipal officer)
    {
        var calendar = app.Services.GetRequiredService<ClubCalendar>();
        var now = calendar.ToClubTime(DateTimeOffset.UtcNow);
        if (now.TimeOfDay > new TimeSpan(23, 59, 0))
        {
            await Task.Delay(TimeSpan.FromDays(1) - now.TimeOfDay + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            now = calendar.ToClubTime(DateTimeOffset.UtcNow);
        }

        var homeGym = await app.WithDbAsync(db => db.Gyms.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        var generation = (await ScheduleAsync(officer)).Generation;
        await using var scope = app.Scope();
        var added = await scope.ServiceProvider.GetRequiredService<ScheduleService>().AddSessionAsync(officer, new RegularSessionInput
        {
            GenerationId = generation.Id,
            Weekday = now.DayOfWeek,
            GymId = homeGym,
            Start = new TimeOnly(now.Hour, now.Minute),
        });
        Assert.True(added.Succeeded, added.Message);
        return added.Value;
    }

    private async Task RequestAsync(string memberId, int sessionId)
    {
        await using var scope = app.Scope();
        var requested = await scope.ServiceProvider.GetRequiredService<CheckInService>().RequestAsync(ClimbClubApp.PrincipalOf(memberId), sessionId);
        Assert.True(requested.Succeeded, requested.Message);
    }
}

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

/// <summary>An officer voiding a session that cannot be right, and its owner learning why.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SessionReviewTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Reason = "40 black problems in one hour? Please log what you really climbed.";

    [Fact]
    public async Task AnOfficerVoidsASessionWithAReasonAndTheMemberSeesItOnTheirLog()
    {
        var baseUrl = app.StartKestrel();
        var minhoId = await app.CreateMemberAsync("minho@uni.test", displayName: "이민호");
        await app.CreateMemberAsync("officer@uni.test", ClubRole.Officer, displayName: "Officer Oh");
        var day = app.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow).AddDays(-1);
        var sessionId = await LogAsync(minhoId, day, ("Black", 40));

        var officer = await browser.NewPageAsync(baseUrl);
        await officer.SignInAsync("officer@uni.test", ClimbClubApp.MemberPassword);
        await officer.WaitUntilLiveAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Session review" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/officer/sessions$"));
        var card = officer.GetByTestId("session").Filter(new() { HasText = "이민호" });
        await Expect(card.GetByTestId("session-points")).ToHaveTextAsync("80 pts");

        await card.GetByTestId("void").ClickAsync();
        await card.GetByTestId("confirm-void").ClickAsync();
        await Expect(card).ToContainTextAsync("Say why the session is voided; the member will see it.");
        await card.GetByLabel("Reason (the member sees it)").FillAsync(Reason);
        await card.GetByTestId("confirm-void").ClickAsync();

        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Expect(officer.GetByText($"이민호's session of {date} is voided.")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("void-reason")).ToContainTextAsync(Reason);
        await Expect(card.GetByTestId("session-points")).ToContainTextAsync("0 pts");
        await Expect(card.GetByTestId("restore")).ToBeVisibleAsync();

        var member = await browser.NewPageAsync(baseUrl, phone: true);
        await member.SignInAsync("minho@uni.test", ClimbClubApp.MemberPassword);
        await member.GotoAsync("/log");
        var mine = member.GetByTestId("session");
        await Expect(mine.GetByTestId("void-reason")).ToHaveTextAsync($"Voided by an officer: this session scores nothing. Reason: “{Reason}”");
        await Expect(mine.GetByTestId("session-points")).ToContainTextAsync("0 pts");
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await member.GotoAsync($"/log/{sessionId}/edit");
        await Expect(member.GetByTestId("form-refusal")).ToContainTextAsync(Reason);
        await Expect(member.GetByTestId("save-session")).ToHaveCountAsync(0);

        // On second thought the officer restores it: it scores again.
        await card.GetByTestId("restore").ClickAsync();
        await Expect(officer.GetByText($"이민호's session of {date} counts again.")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("session-points")).ToHaveTextAsync("80 pts");
        await member.GotoAsync("/log");
        await Expect(mine.GetByTestId("session-points")).ToHaveTextAsync("80 pts");
        await Expect(mine.GetByTestId("void-reason")).ToHaveCountAsync(0);
    }

    private async Task<long> LogAsync(string memberId, DateOnly day, params (string Colour, int Count)[] lines)
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
            Lines = [.. lines.Select(l => new SessionLineInput { ColourId = colours[l.Colour], Count = l.Count })],
        });
        Assert.True(added.Succeeded, added.Message);
        return added.Value;
    }
}

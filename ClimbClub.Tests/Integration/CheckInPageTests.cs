using System.Net;
using AngleSharp.Html.Dom;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using ClimbClub.Web.Features.Attendance;

namespace ClimbClub.Tests.Integration;

/// <summary>A club on a session evening: the 19:00 session at Main Hall is open for check-in, and the clock stands at 19:05.</summary>
public sealed class SessionEveningClub : ClimbClubApp, IAsyncLifetime
{
    public SessionEveningClub() => WithManualClock(new DateTimeOffset(2026, 6, 10, 10, 5, 0, TimeSpan.Zero));

    public int SessionId { get; private set; }

    public async ValueTask InitializeAsync() =>
        SessionId = await this.AddSessionTodayAsync(await CreateMemberAsync("officer@evening.test", ClubRole.Officer), new TimeOnly(19, 0));
}

/// <summary>
/// The check-in page over plain HTTP, as a link preview, a prefetch or a signed-out phone would fetch it: the page comes
/// back, but only the live page uses a code, and a visitor is sent to sign in and back to the very same code.
/// </summary>
public sealed class CheckInPageTests(SessionEveningClub club) : IClassFixture<SessionEveningClub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchingTheCodeLinkWithoutTheLivePageChecksNobodyInAndLeavesTheCodeGood()
    {
        var mina = await club.CreateMemberAsync("mina@evening.test", displayName: "Mina Mantle");
        var code = await club.CodeForAsync(club.SessionId);
        using var phone = await club.SignedInVisitorAsync("mina@evening.test");

        using var response = await phone.GetAsync("/checkin?code=" + code, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("Checking you in…", page.QuerySelector("[data-testid=checking-in] h1")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=checkin-result]"));
        Assert.Equal(0, await club.RecordsOfAsync(mina));

        await using var scope = club.Scope();
        var used = await scope.ServiceProvider.GetRequiredService<CheckInService>().CheckInWithCodeAsync(ClimbClubApp.PrincipalOf(mina), code, Ct);
        Assert.True(used.Succeeded, used.Message);
    }

    [Fact]
    public async Task AVisitorIsSentToSignInAndBackToTheSameCode()
    {
        var code = await club.CodeForAsync(club.SessionId);
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync("/checkin?code=" + code, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString("/checkin?code=" + code)}", response.RedirectTarget());
    }

    [Fact]
    public async Task WithoutACodeAMemberSeesTodaysSessionTheirWeekAndAWayToAskAnOfficer()
    {
        await club.CreateMemberAsync("nari@evening.test", displayName: "Nari Notyet");

        var page = await PageAsync("nari@evening.test", "/checkin");

        Assert.Equal("Check in", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("2026-06-10 · Gen 12 week 15", Text(page, "[data-testid=checkin-today]"));
        Assert.Equal("You have not checked in this week yet.", Text(page, "[data-testid=week-status]"));
        Assert.Equal("Check-ins at other gyms this generation: 0 of 2", Text(page, "[data-testid=alternates]"));
        var session = Assert.Single(page.QuerySelectorAll("[data-testid=today-session]"));
        Assert.Equal("Main Hall Bouldering Starts 19:00 · check-in from 18:00", Collapse(session.QuerySelector(".checkin-session-what")!.TextContent));
        Assert.Equal("Ask an officer to check me in", session.QuerySelector("[data-testid=ask-officer] .rz-button-text")?.TextContent);
    }

    [Fact]
    public async Task MyPageShowsThisGenerationsAttendanceAndTheWayToCheckIn()
    {
        var omar = await club.CreateMemberAsync("omar@evening.test", displayName: "Omar Onsight");
        await club.CheckInAsync(omar, club.SessionId);

        var page = await PageAsync("omar@evening.test", "/me");

        Assert.Equal(
            ("1", "0", "0", "100%"),
            (Text(page, "[data-testid=attendance-present]"), Text(page, "[data-testid=attendance-late]"),
                Text(page, "[data-testid=attendance-absent]"), Text(page, "[data-testid=attendance-rate]")));
        Assert.Equal("checkin", page.QuerySelector("[data-testid=go-check-in]")?.GetAttribute("href"));
    }

    private async Task<IHtmlDocument> PageAsync(string email, string path)
    {
        using var member = await club.SignedInVisitorAsync(email);
        using var response = await member.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync();
    }

    private static string Text(IHtmlDocument page, string selector) => Collapse(page.QuerySelector(selector)?.TextContent ?? "");

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Net;
using AngleSharp.Html.Dom;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// My page and member profiles as the server renders them for a signed-in member, over the scripted history of
/// <see cref="StatsHistory"/>: the right figures for each period, and nothing of one member on another member's view.
/// </summary>
public sealed class MyPageTests(StatsHistory history) : IClassFixture<StatsHistory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MyPageOpensOnTheCurrentGenerationWithMyFiguresChartsAndBestWeeks()
    {
        var page = await PageAsync("eva@club.test", "/me");

        Assert.Equal("Eva", Text(page, "[data-testid=profile-name]"));
        Assert.Contains(StatsHistory.EvaEmail, Text(page, "[data-testid=private-facts]"), StringComparison.Ordinal);
        Assert.Equal("Gen 12 · 2026-03-01 – 2027-02-28", Text(page, "[data-testid=period-shown]"));
        Assert.Equal(
            ("18", "#2 of 2", "3", "3", "6:15", "14"),
            (Text(page, "[data-testid=figure-points]"), Text(page, "[data-testid=figure-rank]"), Text(page, "[data-testid=figure-sessions]"),
                Text(page, "[data-testid=figure-days]"), Text(page, "[data-testid=figure-time]"), Text(page, "[data-testid=figure-problems]")));
        Assert.Equal(
            [$"{history.ColourNames[2]} 4", $"{history.ColourNames[4]} 4", $"{history.ColourNames[5]} 3", $"{history.ColourNames[6]} 3"],
            page.QuerySelectorAll("[data-testid=colour-tallies] tr").Select(row => string.Join(' ', row.Children.Select(Collapse))).ToArray());
        Assert.Equal(
            ["1 Gen 12 · week 3 2026-03-15 – 2026-03-21 11 pts #1 of 2", "2 Gen 12 · week 1 2026-03-01 – 2026-03-07 7 pts #2 of 2"],
            page.QuerySelectorAll("[data-testid=best-week]").Select(Collapse).ToArray());
        Assert.Equal("1 week", Text(page, "[data-testid=streak-current]"));
    }

    [Fact]
    public async Task AllTimeAndADateRangeAcrossGenerationsAreReadFromTheAddress()
    {
        var allTime = await PageAsync("eva@club.test", "/me?period=all");
        var range = await PageAsync("eva@club.test", "/me?period=range&from=2026-02-27&to=2026-03-04");

        Assert.Equal("2026-02-26 – 2026-03-19", Text(allTime, "[data-testid=period-shown]"));
        Assert.Equal(("23", "5", "19", "#1 of 2"), Figures(allTime, "figure-points", "figure-sessions", "figure-problems", "figure-rank"));
        Assert.Equal("3 weeks 2026-02-21 – 2026-03-07", Text(allTime, "[data-testid=streak-longest]"));

        Assert.Equal("2026-02-27 – 2026-03-04", Text(range, "[data-testid=period-shown]"));
        Assert.Equal(("12", "2", "6", "3:00"), Figures(range, "figure-points", "figure-sessions", "figure-problems", "figure-time"));
        Assert.Null(range.QuerySelector("[data-testid=figure-rank]"));
    }

    [Fact]
    public async Task AnEmptyRangeSaysSoAndDrawsNoCharts()
    {
        var page = await PageAsync("eva@club.test", "/me?period=range&from=2026-03-08&to=2026-03-14");

        Assert.Equal("No sessions from 2026-03-08 to 2026-03-14.", Text(page, "[data-testid=stats-empty]"));
        Assert.Equal("0", Text(page, "[data-testid=figure-sessions]"));
        Assert.Null(page.QuerySelector("[data-testid=colour-tallies]"));
    }

    [Theory]
    [InlineData("/me?period=forever", "There is no such period. Choose this generation, all time or dates.")]
    [InlineData("/me?period=range&from=2026-02-30&to=2026-03-04", "Dates are written as YYYY-MM-DD, for example 2026-03-01.")]
    [InlineData("/me?period=range&from=<script>&to=2026-03-04", "Dates are written as YYYY-MM-DD, for example 2026-03-01.")]
    [InlineData("/me?period=range&from=2026-03-10&to=2026-03-01", "The last day cannot be before the first day.")]
    [InlineData("/me?period=range&to=2026-03-01", "Enter the first day of the range.")]
    [InlineData("/me?period=range&from=1900-01-01&to=2026-03-01", "Pick days between 2000 and 2100.")]
    public async Task APeriodTypedIntoTheAddressThatMakesNoSenseIsExplained(string path, string message)
    {
        var page = await PageAsync("eva@club.test", path);

        Assert.Equal(message, Text(page, "[data-testid=stats-error]"));
        Assert.Null(page.QuerySelector("[data-testid=figures]"));
        Assert.Equal("Eva", Text(page, "[data-testid=profile-name]"));
    }

    [Fact]
    public async Task AnotherMembersProfileShowsThePublicPartAndNothingPrivate()
    {
        using var finn = await history.Club.App.SignedInVisitorAsync("finn@club.test");

        using var response = await finn.GetAsync($"/members/{history.Eva.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var page = await response.ReadPageAsync();
        Assert.Equal("Eva", Text(page, "[data-testid=profile-name]"));
        Assert.Equal(("#2 of 2 18 pts", "#1 of 2 23 pts"), Figures(page, "standing-generation", "standing-all-time"));
        Assert.Null(page.QuerySelector("[data-testid=private-facts]"));
        Assert.Null(page.QuerySelector("[data-testid=profile-is-me]"));
        Assert.DoesNotContain(StatsHistory.EvaEmail, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("드디어", html, StringComparison.Ordinal);
        Assert.DoesNotContain("export", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MyPageCarriesNothingOfAnotherMember()
    {
        var html = await HtmlAsync("finn@club.test", "/me?period=all");

        Assert.Contains("finn@club.test", html, StringComparison.Ordinal);
        Assert.DoesNotContain(StatsHistory.EvaEmail, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("드디어", html, StringComparison.Ordinal);
        Assert.DoesNotContain(history.Eva.Id, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberSeesTheirOwnPublicProfileAsOthersDoWithAWayBack()
    {
        var page = await PageAsync("eva@club.test", $"/members/{history.Eva.Id}");

        Assert.Equal("This is how other members see you.", Text(page, "[data-testid=profile-is-me]"));
        Assert.Equal("Go to my page", Text(page, ".callout-quiet a[href=me]"));
        Assert.Null(page.QuerySelector("[data-testid=private-facts]"));
    }

    [Fact]
    public async Task AProfileLinkToSomeoneWhoIsNotAnApprovedMemberFindsNoOne()
    {
        var applicant = await history.Club.App.CreateMemberAsync("applicant@club.test", status: ApprovalStatus.Pending, displayName: "Appl Icant");

        foreach (var id in new[] { applicant, "no-such-member", new string('x', 500) })
        {
            var page = await PageAsync("finn@club.test", $"/members/{id}");
            Assert.Equal("There is no member with that link. They may have left the club.", Text(page, "[data-testid=profile-missing]"));
            Assert.Null(page.QuerySelector("[data-testid=profile-name]"));
        }
    }

    [Theory]
    [InlineData("/me")]
    [InlineData("/members/someone")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string path)
    {
        using var visitor = history.Club.App.CreateVisitor();

        using var response = await visitor.GetAsync(path, Ct);

        Assert.Equal((HttpStatusCode.Redirect, $"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}"), (response.StatusCode, response.RedirectTarget()));
    }

    [Fact]
    public async Task AnApplicantStaysOnTheAwaitingApprovalPage()
    {
        await history.Club.App.CreateMemberAsync("waiting@club.test", status: ApprovalStatus.Pending);
        using var applicant = await history.Club.App.SignedInVisitorAsync("waiting@club.test");

        using var response = await applicant.GetAsync($"/members/{history.Eva.Id}", Ct);

        Assert.Equal((HttpStatusCode.Redirect, "/Account/Pending"), (response.StatusCode, response.RedirectTarget()));
    }

    private async Task<IHtmlDocument> PageAsync(string email, string path)
    {
        using var member = await history.Club.App.SignedInVisitorAsync(email);
        using var response = await member.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync();
    }

    private async Task<string> HtmlAsync(string email, string path)
    {
        using var member = await history.Club.App.SignedInVisitorAsync(email);
        using var response = await member.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector) is { } element ? Collapse(element) : $"(nothing matches {selector})";

    private static string Collapse(AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (string, string) Figures(IHtmlDocument page, string first, string second) =>
        (Text(page, $"[data-testid={first}]"), Text(page, $"[data-testid={second}]"));

    private static (string, string, string, string) Figures(IHtmlDocument page, string a, string b, string c, string d) =>
        (Text(page, $"[data-testid={a}]"), Text(page, $"[data-testid={b}]"), Text(page, $"[data-testid={c}]"), Text(page, $"[data-testid={d}]"));
}

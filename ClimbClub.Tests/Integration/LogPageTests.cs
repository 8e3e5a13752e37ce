using System.Net;
using AngleSharp.Html.Dom;
using ClimbClub.Core.Log;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>The log pages over HTTP: who may open them, and that each member's page shows their own sessions only.</summary>
public sealed class LogPageTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    public static TheoryData<string> LogPages { get; } = ["/log", "/log/new", "/log/1/edit", "/officer/sessions"];

    public static TheoryData<string, string> ApplicantsOnLogPages { get; } = TheoryTables.Cross(
        [ClubOfEveryone.PendingEmail, ClubOfEveryone.RejectedEmail], ["/log", "/log/new", "/log/1/edit", "/officer/sessions"]);

    public static TheoryData<string, string> Reviewers { get; } = new()
    {
        { ClubOfEveryone.OfficerEmail, ClimbClubApp.MemberPassword },
        { ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword },
    };

    private DateOnly Today => club.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow);

    [Theory]
    [MemberData(nameof(LogPages))]
    public async Task AnAnonymousVisitorIsSentToSignInAndBackAfterwards(string path)
    {
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
    }

    [Theory]
    [MemberData(nameof(ApplicantsOnLogPages))]
    public async Task ASignedInApplicantOnlySeesTheAwaitingApprovalPage(string email, string path)
    {
        using var applicant = await club.SignedInVisitorAsync(email);

        using var response = await applicant.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Pending", response.RedirectTarget());
    }

    [Fact]
    public async Task AMemberIsToldTheSessionReviewIsForOfficers()
    {
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync("/officer/sessions", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/AccessDenied?ReturnUrl={Uri.EscapeDataString("/officer/sessions")}", response.RedirectTarget());
        var denied = await member.FollowAsync(response);
        Assert.NotNull(denied.QuerySelector("[data-testid=access-denied]"));
    }

    [Theory]
    [MemberData(nameof(Reviewers))]
    public async Task OfficersAndAdminsOpenTheSessionReview(string email, string password)
    {
        using var reviewer = await club.SignedInVisitorAsync(email, password);

        using var response = await reviewer.GetAsync("/officer/sessions", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("Session review", page.Title);
        Assert.Null(page.QuerySelector(".denied"));
    }

    [Theory]
    [InlineData(ClubOfEveryone.MemberEmail, ClimbClubApp.MemberPassword, false)]
    [InlineData(ClubOfEveryone.OfficerEmail, ClimbClubApp.MemberPassword, true)]
    [InlineData(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword, true)]
    public async Task TheMenuOffersTheLogToEveryMemberAndTheSessionReviewToOfficers(string email, string password, bool reviews)
    {
        using var visitor = await club.SignedInVisitorAsync(email, password);

        var home = await visitor.GetPageAsync("/");

        var menu = home.QuerySelector("nav.app-nav")!;
        Assert.Equal("Log", Text(menu.QuerySelector("a[href='log'] > span")!));
        Assert.Equal(reviews, menu.QuerySelector("a[href='officer/sessions']") is not null);
    }

    [Fact]
    public async Task ANewMemberSeesAnInvitationToLogTheirFirstSession()
    {
        var newcomer = await NewMemberAsync("newcomer");

        var page = await PageAsync(newcomer, "/log");

        Assert.Equal("My sessions", page.Title);
        Assert.Contains("No sessions yet", page.QuerySelector("[data-testid=log-empty]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("log/new", page.QuerySelector("[data-testid=log-session]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=session]"));
    }

    [Fact]
    public async Task MySessionsShowsOnlyTheMembersOwnSessionsWeekByWeekWithTheirPoints()
    {
        var mine = await NewMemberAsync("mine");
        var theirs = await NewMemberAsync("theirs");
        await AddSessionAsync(mine, Today.AddDays(-1), "Crimpy day.", ("Blue", 3));
        await AddSessionAsync(mine, Today.AddDays(-40), null, ("Yellow", 2));
        await AddSessionAsync(theirs, Today.AddDays(-1), "Their secret beta.", ("Black", 5));

        var page = await PageAsync(mine, "/log");

        Assert.Equal(2, page.QuerySelectorAll("[data-testid=week]").Length);
        var sessions = page.QuerySelectorAll("[data-testid=session]");
        Assert.Equal(2, sessions.Length);
        Assert.Equal("6 pts", Text(sessions[0].QuerySelector("[data-testid=session-points]")!));
        Assert.Equal(["Blue 3"], sessions[0].QuerySelectorAll("[data-testid=colour-count]").Select(Text));
        Assert.Contains("Crimpy day.", sessions[0].TextContent, StringComparison.Ordinal);
        Assert.Null(sessions[0].QuerySelector("[data-testid=frozen]"));
        Assert.Equal("4 pts", Text(sessions[1].QuerySelector("[data-testid=session-points]")!));
        Assert.Equal("Counts for your stats, not the rankings", Text(sessions[1].QuerySelector("[data-testid=frozen]")!));
        Assert.DoesNotContain("Their secret beta.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Black", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MySessionsShowsTenSessionsAPageNewestFirst()
    {
        var keen = await NewMemberAsync("keen");
        for (var day = 1; day <= 12; day++)
        {
            await AddSessionAsync(keen, Today.AddDays(-day), null, ("Green", day));
        }

        var page = await PageAsync(keen, "/log");

        Assert.Contains("Sessions logged: 12", page.QuerySelector(".page-header")!.TextContent, StringComparison.Ordinal);
        var dates = page.QuerySelectorAll("[data-testid=session] .session-date").Select(d => d.TextContent[..10]).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(day => Today.AddDays(-day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), dates);
        Assert.NotNull(page.QuerySelector(".rz-pager"));
    }

    [Fact]
    public async Task AMemberWhoOpensAnotherMembersSessionIsToldItIsNotAmongTheirs()
    {
        var snooper = await NewMemberAsync("snooper");
        var owner = await NewMemberAsync("owner");
        var theirs = await AddSessionAsync(owner, Today.AddDays(-2), "Owner's private note.", ("Purple", 2));

        var own = await PageAsync(owner, $"/log/{theirs}/edit");
        var page = await PageAsync(snooper, $"/log/{theirs}/edit");
        var missing = await PageAsync(snooper, "/log/987654/edit");

        Assert.NotNull(own.QuerySelector(".session-form"));
        Assert.Equal(["2 × Purple (above your level) × 2.0 = 4"], own.QuerySelectorAll("[data-testid=preview-line]").Select(Text));

        Assert.EndsWith("We could not find that session among yours.", Text(page.QuerySelector("[data-testid=form-refusal]")!), StringComparison.Ordinal);
        Assert.Equal(Text(missing.QuerySelector("[data-testid=form-refusal]")!), Text(page.QuerySelector("[data-testid=form-refusal]")!));
        Assert.Null(page.QuerySelector(".session-form"));
        Assert.DoesNotContain("Owner's private note.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Purple", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVoidedSessionCannotBeEditedAndTheFormSaysWhy()
    {
        var member = await NewMemberAsync("voided");
        var id = await AddSessionAsync(member, Today.AddDays(-1), null, ("Black", 30));
        await using (var scope = club.Scope())
        {
            var voided = await scope.ServiceProvider.GetRequiredService<LogService>()
                .VoidAsync(club.Principal(Caller.Officer), id, new VoidInput { Reason = "Thirty blacks before lunch?" }, TestContext.Current.CancellationToken);
            Assert.True(voided.Succeeded, voided.Message);
        }

        var page = await PageAsync(member, $"/log/{id}/edit");

        Assert.Contains("Thirty blacks before lunch?", Text(page.QuerySelector("[data-testid=form-refusal]")!), StringComparison.Ordinal);
        Assert.Contains("can no longer be changed", Text(page.QuerySelector("[data-testid=form-refusal]")!), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".session-form"));
    }

    [Fact]
    public async Task TheSessionReviewListsEveryonesRecentSessionsHighestPointsFirst()
    {
        var modest = await NewMemberAsync("modest", "Modest Min");
        var strong = await NewMemberAsync("strong", "Strong Seo");
        await AddSessionAsync(modest, Today.AddDays(-1), null, ("Green", 2));
        await AddSessionAsync(strong, Today.AddDays(-3), null, ("Black", 25));
        await AddSessionAsync(strong, Today.AddDays(-30), null, ("Grey", 1));

        using var officer = await club.SignedInVisitorAsync(ClubOfEveryone.OfficerEmail);
        var page = await officer.GetPageAsync("/officer/sessions");

        var cards = page.QuerySelectorAll("[data-testid=session]").Select(Text).ToList();
        var strongAt = cards.FindIndex(c => c.Contains("Strong Seo", StringComparison.Ordinal));
        var modestAt = cards.FindIndex(c => c.Contains("Modest Min", StringComparison.Ordinal));
        Assert.InRange(strongAt, 0, modestAt - 1);
        Assert.Contains("50 pts", cards[strongAt], StringComparison.Ordinal);
        Assert.Single(cards, c => c.Contains("Strong Seo", StringComparison.Ordinal));
    }

    private async Task<(string Id, string Email)> NewMemberAsync(string name, string? displayName = null)
    {
        var email = $"{name}@log.test";
        return (await club.CreateMemberAsync(email, displayName: displayName), email);
    }

    private async Task<IHtmlDocument> PageAsync((string Id, string Email) member, string path)
    {
        using var visitor = await club.SignedInVisitorAsync(member.Email);
        using var response = await visitor.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync();
    }

    /// <summary>Logs a session for the member as the form would, 18:00 to 20:00 at the first gym.</summary>
    private async Task<long> AddSessionAsync((string Id, string Email) member, DateOnly date, string? note, params (string Colour, int Count)[] lines)
    {
        var colours = await club.WithDbAsync(db => db.Colours.ToDictionaryAsync(c => c.Name, c => c.Id));
        var gym = await club.WithDbAsync(db => db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        await using var scope = club.Scope();
        var added = await scope.ServiceProvider.GetRequiredService<LogService>().AddAsync(ClimbClubApp.PrincipalOf(member.Id), new SessionInput
        {
            Date = date,
            Start = new TimeOnly(18, 0),
            End = new TimeOnly(20, 0),
            GymId = gym,
            Note = note,
            Lines = [.. lines.Select(l => new SessionLineInput { ColourId = colours[l.Colour], Count = l.Count })],
        });
        Assert.True(added.Succeeded, added.Message);
        return added.Value;
    }

    private static string Text(AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

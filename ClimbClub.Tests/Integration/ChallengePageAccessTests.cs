using System.Globalization;
using System.Net;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Challenges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>Who may open the challenge pages, asked over HTTP with cookies from the real sign-in form.</summary>
public sealed class ChallengePageAccessTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    private const string Title = "Ten yellow problems";

    /// <summary>"{challenge}" stands for a challenge an officer set in this club.</summary>
    private static readonly string[] MemberPages = ["/challenges", "/challenges/{challenge}"];

    private static readonly string[] OfficerPages = ["/challenges/new", "/challenges/{challenge}/edit"];

    public static TheoryData<string> AllPages { get; } = [.. MemberPages, .. OfficerPages];

    public static TheoryData<string> PagesForMembers { get; } = [.. MemberPages];

    public static TheoryData<string> PagesForOfficers { get; } = [.. OfficerPages];

    public static TheoryData<string, string> ApplicantsOnAllPages { get; } = TheoryTables.Cross([ClubOfEveryone.PendingEmail, ClubOfEveryone.RejectedEmail], [.. MemberPages, .. OfficerPages]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task AnAnonymousVisitorIsSentToSignIn(string page)
    {
        var path = await AddressAsync(page);
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
    }

    [Theory]
    [MemberData(nameof(ApplicantsOnAllPages))]
    public async Task ASignedInApplicantIsKeptOnTheAwaitingApprovalPage(string email, string page)
    {
        var path = await AddressAsync(page);
        using var applicant = await club.SignedInVisitorAsync(email);

        using var response = await applicant.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Pending", response.RedirectTarget());
    }

    [Theory]
    [InlineData("/challenges", "Challenges")]
    [InlineData("/challenges/{challenge}", Title)]
    public async Task AMemberOpensTheChallengesAndAChallenge(string page, string heading)
    {
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync(await AddressAsync(page), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.ReadPageAsync();
        Assert.Equal(heading, html.QuerySelector("h1")?.TextContent);
        Assert.Null(html.QuerySelector("[data-testid=new-challenge]"));
        Assert.Null(html.QuerySelector("[data-testid=edit-challenge]"));
    }

    [Theory]
    [MemberData(nameof(PagesForOfficers))]
    public async Task AMemberIsToldTheFormIsForOfficers(string page)
    {
        var path = await AddressAsync(page);
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/AccessDenied?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
    }

    [Theory]
    [InlineData("/challenges", "Challenges")]
    [InlineData("/challenges/{challenge}", Title)]
    [InlineData("/challenges/new", "New challenge")]
    [InlineData("/challenges/{challenge}/edit", "Edit challenge")]
    public async Task AnOfficerOpensEveryPage(string page, string heading)
    {
        using var officer = await club.SignedInVisitorAsync(ClubOfEveryone.OfficerEmail);

        using var response = await officer.GetAsync(await AddressAsync(page), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, (await response.ReadPageAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task TheEditFormIsFilledInWithTheChallengeAsItStands()
    {
        using var officer = await club.SignedInVisitorAsync(ClubOfEveryone.OfficerEmail);

        var html = await officer.GetPageAsync(await AddressAsync("/challenges/{challenge}/edit"));

        Assert.Equal(Title, html.QuerySelector("#challenge-title")?.GetAttribute("value"));
        Assert.Equal("10", html.QuerySelector("#challenge-target")?.GetAttribute("value"));
        Assert.Equal("10 problems, yellow or harder", html.QuerySelector("[data-testid=goal-preview] [data-testid=goal-text]")?.TextContent);
    }

    [Fact]
    public async Task AnOfficerSeesTheWayToSetAChallenge()
    {
        using var officer = await club.SignedInVisitorAsync(ClubOfEveryone.OfficerEmail);

        var html = await officer.GetPageAsync("/challenges");

        Assert.Equal("challenges/new", html.QuerySelector("[data-testid=new-challenge]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AMemberAskingForAChallengeThatDoesNotExistIsToldSo()
    {
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync("/challenges/987654", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.ReadPageAsync();
        Assert.Equal("There is no such challenge.", html.QuerySelector("[data-testid=challenge-missing]")?.TextContent);
        Assert.Equal("challenges", html.QuerySelector(".challenge-missing a")?.GetAttribute("href"));
    }

    private async Task<string> AddressAsync(string page) =>
        page.Replace("{challenge}", (await ChallengeIdAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The club's one challenge, set by its officer the first time a test asks.</summary>
    private async Task<int> ChallengeIdAsync()
    {
        if (await club.WithDbAsync(db => db.Challenges.Where(c => c.Title == Title).Select(c => (int?)c.Id).SingleOrDefaultAsync()) is { } id)
        {
            return id;
        }

        await using var scope = club.Scope();
        var services = scope.ServiceProvider;
        var today = services.GetRequiredService<ClubCalendar>().DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var yellow = await club.WithDbAsync(db => db.Colours.Where(c => c.Name == "Yellow").Select(c => c.Id).SingleAsync());
        var created = await services.GetRequiredService<ChallengeService>().CreateAsync(club.Principal(Caller.Officer), new ChallengeInput
        {
            Title = Title,
            StartDate = today,
            EndDate = today.AddDays(6),
            GoalKind = ChallengeGoalKind.Problems,
            Target = 10,
            ColourId = yellow,
        });
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }
}

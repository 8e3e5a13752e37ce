using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>Who may open the leaderboard and the screen-link admin page, asked over HTTP with real sign-in cookies.</summary>
public sealed class BoardPageAccessTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    [Theory]
    [InlineData("/leaderboard")]
    [InlineData("/admin/screens")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string path)
    {
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
    }

    [Theory]
    [InlineData(ClubOfEveryone.PendingEmail, "/leaderboard")]
    [InlineData(ClubOfEveryone.RejectedEmail, "/leaderboard")]
    [InlineData(ClubOfEveryone.PendingEmail, "/admin/screens")]
    public async Task ASignedInApplicantIsKeptOnTheAwaitingApprovalPage(string email, string path)
    {
        using var applicant = await club.SignedInVisitorAsync(email);

        using var response = await applicant.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Pending", response.RedirectTarget());
    }

    [Fact]
    public async Task AMemberOpensTheLeaderboardAndIsToldTheyAreNotOnItYet()
    {
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync("/leaderboard", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("Leaderboard", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("No sessions this week yet.", page.QuerySelector("[data-testid=board-empty]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=show-on-screen]"));
    }

    [Theory]
    [InlineData(ClubOfEveryone.MemberEmail)]
    [InlineData(ClubOfEveryone.OfficerEmail)]
    public async Task AMemberOrOfficerIsToldTheScreenLinksAreNotForThem(string email)
    {
        using var member = await club.SignedInVisitorAsync(email);

        using var response = await member.GetAsync("/admin/screens", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied?ReturnUrl=%2Fadmin%2Fscreens", response.RedirectTarget());
    }

    [Fact]
    public async Task AnAdminOpensTheScreenLinks()
    {
        using var admin = await club.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);

        using var response = await admin.GetAsync("/admin/screens", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("Screen links", page.Title);
        Assert.NotNull(page.QuerySelector("[data-testid=add-screen-link]"));
    }
}

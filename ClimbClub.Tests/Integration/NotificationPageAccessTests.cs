using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>Who may open the notification centre, asked over HTTP with cookies from the real sign-in form.</summary>
public sealed class NotificationPageAccessTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync("/notifications", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString("/notifications")}", response.RedirectTarget());
    }

    [Theory]
    [InlineData(ClubOfEveryone.PendingEmail)]
    [InlineData(ClubOfEveryone.RejectedEmail)]
    public async Task ASignedInApplicantIsKeptOnTheAwaitingApprovalPage(string email)
    {
        using var applicant = await club.SignedInVisitorAsync(email);

        using var response = await applicant.GetAsync("/notifications", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Pending", response.RedirectTarget());
    }

    [Fact]
    public async Task AMemberOpensTheirNotificationsAndTheBellIsInTheBar()
    {
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync("/notifications", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("Notifications", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("No news yet", page.QuerySelector("[data-testid=notifications-empty] .news-empty-title")?.TextContent);
        Assert.Equal("Notifications", page.QuerySelector("[data-testid=notification-bell]")?.GetAttribute("aria-label"));
        Assert.Null(page.QuerySelector("[data-testid=unread-badge]"));
    }
}

using System.Net;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>Who may open the profile and account-deletion pages, asked over HTTP with real sign-in cookies.</summary>
public sealed class ProfileAndDeletionAccessTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    private const string ProfilePage = "/Account/Manage/Profile";
    private const string DeletePage = "/Account/Manage/Delete";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Anonymous visitors go to sign-in; applicants, pending or turned down, stay on their awaiting page.</summary>
    [Theory]
    [InlineData(null, ProfilePage, "/Account/Login?ReturnUrl=%2FAccount%2FManage%2FProfile")]
    [InlineData(null, DeletePage, "/Account/Login?ReturnUrl=%2FAccount%2FManage%2FDelete")]
    [InlineData(ClubOfEveryone.PendingEmail, ProfilePage, "/Account/Pending")]
    [InlineData(ClubOfEveryone.PendingEmail, DeletePage, "/Account/Pending")]
    [InlineData(ClubOfEveryone.RejectedEmail, DeletePage, "/Account/Pending")]
    public async Task OnlyApprovedMembersMayOpenThePage(string? email, string path, string sentTo)
    {
        using var visitor = email is null ? club.CreateVisitor() : await club.SignedInVisitorAsync(email);

        using var response = await visitor.GetAsync(path, Ct);

        Assert.Equal((HttpStatusCode.Redirect, sentTo), (response.StatusCode, response.RedirectTarget()));
    }

    [Fact]
    public async Task AnApplicantPostingTheDeletionFormAnywayKeepsTheirSignUp()
    {
        using var applicant = await club.SignedInVisitorAsync(ClubOfEveryone.PendingEmail);

        using var response = await applicant.PostWithoutThePageAsync(
            "/Account/Pending", DeletePage, "delete-account",
            new Dictionary<string, string> { ["Input.Password"] = ClimbClubApp.MemberPassword });

        Assert.Equal("/Account/Pending", response.RedirectTarget());
        Assert.True(await club.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == club.PendingId, Ct)));
    }

    [Fact]
    public async Task AnyoneMayReadTheGoodbyePage()
    {
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync("/Account/Deleted", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadPageAsync()).QuerySelector("[data-testid=account-deleted]"));
    }
}

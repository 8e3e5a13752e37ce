using System.Net;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>Who sees the gym screen's boards at /screen, asked over HTTP as a TV's browser or a signed-in person would.</summary>
public sealed class ScreenAccessTests(RankedClub club) : IClassFixture<RankedClub>
{
    private const string NotValid = "This screen link is not valid (any more). Ask an admin for a new one.";

    public static TheoryData<string> LinksThatShowNothing { get; } = ["no key", "a wrong key", "a revoked key", "an empty key"];

    [Theory]
    [MemberData(nameof(LinksThatShowNothing))]
    public async Task AScreenWithoutAValidKioskLinkShowsTheMessageAndNoMemberNames(string link)
    {
        using var tv = club.CreateVisitor();

        using var response = await tv.GetAsync(link switch
        {
            "no key" => "/screen",
            "a wrong key" => "/screen?key=" + Uri.EscapeDataString(club.ValidKey[..^1] + (club.ValidKey[^1] == 'A' ? 'B' : 'A')),
            "a revoked key" => "/screen?key=" + Uri.EscapeDataString(club.RevokedKey),
            _ => "/screen?key=",
        }, TestContext.Current.CancellationToken);

        await AssertShowsOnlyTheMessageAsync(response);
    }

    [Theory]
    [InlineData(RankedClub.MemberEmail)]
    [InlineData("bora@ranked.test")]
    public async Task ASignedInMemberWhoIsNotAnOfficerGetsTheMessageToo(string email)
    {
        using var member = await club.SignedInVisitorAsync(email);

        using var response = await member.GetAsync("/screen", TestContext.Current.CancellationToken);

        await AssertShowsOnlyTheMessageAsync(response);
    }

    [Fact]
    public async Task AValidKioskLinkShowsTheBoardsWithoutACookieAndRecordsWhenTheScreenWasSeen()
    {
        using var tv = club.CreateVisitor();

        using var response = await tv.GetAsync("/screen?key=" + Uri.EscapeDataString(club.ValidKey), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.NotNull(page.QuerySelector("[data-testid=screen-boards]"));
        Assert.Null(page.QuerySelector("[data-testid=screen-invalid]"));
        Assert.Contains("Bora Boulder", Journeys.Text(page), StringComparison.Ordinal);
        Assert.NotNull(await club.WithDbAsync(db => db.ScreenKeys.Where(k => k.Name == "TV at Main Hall").Select(k => k.LastSeenAt).SingleAsync()));
    }

    [Theory]
    [InlineData(RankedClub.OfficerEmail, ClimbClubApp.MemberPassword)]
    [InlineData(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword)]
    public async Task AnOfficerOrAdminSeesTheBoardsWithoutAKey(string email, string password)
    {
        using var officer = await club.SignedInVisitorAsync(email, password);

        using var response = await officer.GetAsync("/screen", TestContext.Current.CancellationToken);

        var page = await response.ReadPageAsync();
        Assert.NotNull(page.QuerySelector("[data-testid=screen-boards]"));
        Assert.Contains("Chul Crimp", Journeys.Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInApplicantIsKeptOnTheAwaitingApprovalPage()
    {
        using var applicant = await club.SignedInVisitorAsync(RankedClub.PendingEmail);

        using var response = await applicant.GetAsync("/screen?key=" + Uri.EscapeDataString(club.ValidKey), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Pending", response.RedirectTarget());
    }

    private static async Task AssertShowsOnlyTheMessageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        var text = Journeys.Text(page);
        Assert.Contains(NotValid, text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=screen-boards]"));
        Assert.All(RankedClub.Climbers, climber => Assert.DoesNotContain(climber.Name, text, StringComparison.Ordinal));
    }
}

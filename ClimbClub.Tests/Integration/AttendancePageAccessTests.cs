using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>Who may open the officers' attendance pages, asked over HTTP with cookies from the real sign-in form.</summary>
public sealed class AttendancePageAccessTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    /// <summary>The member page's address holds a member id; "{member}" stands for the member of the club.</summary>
    private static readonly string[] Pages = ["/officer/schedule", "/officer/attendance", "/officer/attendance/{member}"];

    public static TheoryData<string> OfficerPages { get; } = [.. Pages];

    public static TheoryData<string, string> ApplicantsOnOfficerPages { get; } = TheoryTables.Cross([ClubOfEveryone.PendingEmail, ClubOfEveryone.RejectedEmail], Pages);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(OfficerPages))]
    public async Task AnAnonymousVisitorIsSentToSignIn(string page)
    {
        var path = Address(page);
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
    }

    [Theory]
    [MemberData(nameof(ApplicantsOnOfficerPages))]
    public async Task ASignedInApplicantIsKeptOnTheAwaitingApprovalPage(string email, string page)
    {
        using var applicant = await club.SignedInVisitorAsync(email);

        using var response = await applicant.GetAsync(Address(page), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Pending", response.RedirectTarget());
    }

    [Theory]
    [MemberData(nameof(OfficerPages))]
    public async Task AMemberIsToldThePagesAreForOfficers(string page)
    {
        var path = Address(page);
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/AccessDenied?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
    }

    [Theory]
    [InlineData("/officer/schedule", "Session schedule")]
    [InlineData("/officer/attendance", "Attendance")]
    [InlineData("/officer/attendance/{member}", "Member Moon")]
    public async Task AnOfficerOpensThePage(string page, string heading)
    {
        using var officer = await club.SignedInVisitorAsync(ClubOfEveryone.OfficerEmail);

        using var response = await officer.GetAsync(Address(page), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, (await response.ReadPageAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task AnOfficerAskingForAnApplicantsAttendanceIsToldThereIsNoSuchMember()
    {
        using var officer = await club.SignedInVisitorAsync(ClubOfEveryone.OfficerEmail);

        using var response = await officer.GetAsync($"/officer/attendance/{club.PendingId}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("There is no such member.", (await response.ReadPageAsync()).QuerySelector("[data-testid=member-missing]")?.TextContent);
    }

    private string Address(string page) => page.Replace("{member}", club.MemberId, StringComparison.Ordinal);
}

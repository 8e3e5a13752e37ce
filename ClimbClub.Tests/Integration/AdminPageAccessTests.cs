using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>Who may open the admin pages, asked over HTTP with cookies from the real sign-in form.</summary>
public sealed class AdminPageAccessTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    public static TheoryData<string, string> AdminPages { get; } = new()
    {
        { "/admin", "Approvals" },
        { "/admin/members", "Members" },
        { "/admin/generations", "Generations" },
        { "/admin/gyms", "Gyms" },
        { "/admin/colours", "Colour scale" },
        { "/admin/audit", "Audit log" },
    };

    public static TheoryData<string, string> ApplicantsOnClubPages { get; } = TheoryTables.Cross(
        [ClubOfEveryone.PendingEmail, ClubOfEveryone.RejectedEmail],
        ["/", "/admin", "/admin/members", "/admin/generations", "/admin/gyms", "/admin/colours", "/admin/audit"]);

    public static TheoryData<string, string> NonAdminsOnAdminPages { get; } = TheoryTables.Cross(
        [ClubOfEveryone.MemberEmail, ClubOfEveryone.OfficerEmail],
        ["/admin", "/admin/members", "/admin/generations", "/admin/gyms", "/admin/colours", "/admin/audit"]);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AnAnonymousVisitorIsSentToSignInAndBackAfterwards(string path, string title)
    {
        using var visitor = club.CreateVisitor();

        using var response = await visitor.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
        Assert.DoesNotContain(title, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApplicantsOnClubPages))]
    public async Task ASignedInApplicantOnlyEverSeesTheAwaitingApprovalPage(string email, string path)
    {
        using var applicant = await club.SignedInVisitorAsync(email);

        using var response = await applicant.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Pending", response.RedirectTarget());
    }

    [Theory]
    [MemberData(nameof(NonAdminsOnAdminPages))]
    public async Task AnApprovedMemberOrOfficerIsToldTheAdminPagesAreNotForThem(string email, string path)
    {
        using var member = await club.SignedInVisitorAsync(email);

        using var response = await member.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/AccessDenied?ReturnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
        var denied = await member.FollowAsync(response);
        Assert.NotNull(denied.QuerySelector("[data-testid=access-denied]"));
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AnAdminOpensEveryAdminPage(string path, string title)
    {
        using var admin = await club.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);

        using var response = await admin.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal(title, page.Title);
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.Null(page.QuerySelector(".denied"));
    }

    [Fact]
    public async Task AnApprovedMemberReachesTheClubHomePage()
    {
        using var member = await club.SignedInVisitorAsync(ClubOfEveryone.MemberEmail);

        using var response = await member.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Welcome back, Member Moon!", await response.TextAsync(), StringComparison.Ordinal);
    }
}

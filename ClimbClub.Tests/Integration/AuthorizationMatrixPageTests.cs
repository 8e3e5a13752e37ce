using System.Globalization;
using System.Net;
using ClimbClub.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>What a visitor sees when they ask for an address.</summary>
internal enum Visit
{
    /// <summary>200 and the page (or file) itself.</summary>
    Opens,

    /// <summary>200, but the page says it is not for them (a screen link that is not valid, a session that is not theirs).</summary>
    RefusedOnPage,

    /// <summary>Sent to sign in, and back here afterwards.</summary>
    SignIn,

    /// <summary>A signed-in applicant kept on their awaiting-approval page.</summary>
    AwaitingApproval,

    /// <summary>A signed-in member told the page is not for their role.</summary>
    AccessDenied,

    /// <summary>Sent to the home page (an approved member has nothing to await).</summary>
    SentHome,

    /// <summary>Sent back to the first sign-up step (no sign-up in progress).</summary>
    SentToSignUp,

    /// <summary>A form post without the antiforgery token a page would carry: refused outright.</summary>
    BadRequest,
}

/// <summary>
/// Every address the app maps, read from its route table, against every kind of visitor, asked over HTTP with
/// cookies from the real sign-in form. An address without a row here fails the test, so each new page is a decision.
/// </summary>
public sealed class AuthorizationMatrixPageTests(AuthorizationMatrixClub matrix) : IClassFixture<AuthorizationMatrixClub>
{
    /// <summary>The framework's own endpoints (circuit hub, redirects for enhanced navigation): not pages of the app.</summary>
    private static readonly string[] Plumbing =
        ["/_blazor", "/_blazor/negotiate", "/_blazor/disconnect/", "/_blazor/initializers/", "/_framework/opaque-redirect", "{**path:file}"];

    /// <summary>
    /// Route template → an address to ask for ("{member}", "{challenge}", "{session}" stand for the member, the
    /// officer's challenge and the member's own session) → what each kind of visitor gets. The applicant column
    /// holds for pending and rejected applicants alike.
    /// </summary>
    private static readonly Row[] Table =
    [
        new("/", "/", Visit.Opens, Visit.AwaitingApproval, Visit.Opens, Visit.Opens, Visit.Opens),
        Everyone("/Error"),
        Everyone("/not-found"),
        Everyone("/health"),
        Members("/me"),
        Members("/members/{MemberId}", "/members/{member}"),
        Members("/leaderboard"),
        Members("/log"),
        Members("/log/new"),
        // Officers and admins reach the form, which refuses another member's session.
        new("/log/{Id:long}/edit", "/log/{session}/edit", Visit.SignIn, Visit.AwaitingApproval, Visit.Opens, Visit.RefusedOnPage, Visit.RefusedOnPage),
        Members("/checkin"),
        Members("/notifications"),
        Members("/challenges"),
        Members("/challenges/{Id:int}", "/challenges/{challenge}"),
        Officers("/challenges/new"),
        Officers("/challenges/{Id:int}/edit", "/challenges/{challenge}/edit"),
        Officers("/officer/sessions"),
        Officers("/officer/schedule"),
        Officers("/officer/attendance"),
        Officers("/officer/attendance/{MemberId}", "/officer/attendance/{member}"),
        Admins("/admin"),
        Admins("/admin/members"),
        Admins("/admin/generations"),
        Admins("/admin/gyms"),
        Admins("/admin/colours"),
        Admins("/admin/audit"),
        Admins("/admin/screens"),
        // No [Authorize]: a kiosk has only the key in its link; without one the page says the link is not valid.
        new("/screen", "/screen", Visit.RefusedOnPage, Visit.AwaitingApproval, Visit.RefusedOnPage, Visit.Opens, Visit.Opens),
        // The CSV downloads are endpoints, not pages: the awaiting-approval gate does not apply, the policy refuses.
        new("/me/export/sessions.csv", "/me/export/sessions.csv", Visit.SignIn, Visit.AccessDenied, Visit.Opens, Visit.Opens, Visit.Opens),
        new("/me/export/weekly-scores.csv", "/me/export/weekly-scores.csv", Visit.SignIn, Visit.AccessDenied, Visit.Opens, Visit.Opens, Visit.Opens),
        Everyone("/Account/Login"),
        Everyone("/Account/Register"),
        new("/Account/Register/Verify", "/Account/Register/Verify", Visit.SentToSignUp, Visit.SentToSignUp, Visit.SentToSignUp, Visit.SentToSignUp, Visit.SentToSignUp),
        new("/Account/Register/Details", "/Account/Register/Details", Visit.SentToSignUp, Visit.SentToSignUp, Visit.SentToSignUp, Visit.SentToSignUp, Visit.SentToSignUp),
        Everyone("/Account/ForgotPassword"),
        Everyone("/Account/ResetPassword"),
        Everyone("/Account/Lockout"),
        Everyone("/Account/AccessDenied"),
        new("/Account/Pending", "/Account/Pending", Visit.SignIn, Visit.Opens, Visit.SentHome, Visit.SentHome, Visit.SentHome),
        // The goodbye page follows a deletion, when nobody is signed in; applicants stay on their own page.
        new("/Account/Deleted", "/Account/Deleted", Visit.Opens, Visit.AwaitingApproval, Visit.Opens, Visit.Opens, Visit.Opens),
        Members("/Account/Manage/Profile"),
        Members("/Account/Manage/ChangePassword"),
        Members("/Account/Manage/Delete"),
        // The language switch serves everyone, applicants too, and goes back where it came from (here the home page).
        new("/culture", "/culture?set=ko&returnUrl=%2F", Visit.SentHome, Visit.SentHome, Visit.SentHome, Visit.SentHome, Visit.SentHome),
        new("/Account/Logout", "/Account/Logout", Visit.BadRequest, Visit.BadRequest, Visit.BadRequest, Visit.BadRequest, Visit.BadRequest) { Post = true },
    ];

    private static readonly string[] Visitors = [Caller.Anonymous, Caller.Pending, Caller.Rejected, Caller.Member, Caller.Officer, Caller.Admin];

    public static TheoryData<string, string> Cells
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in Table)
            {
                foreach (var visitor in Visitors)
                {
                    data.Add(row.Template, visitor);
                }
            }

            return data;
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryAddressTheAppMapsHasARowAndEveryRowAnAddress()
    {
        var mapped = matrix.Club.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Except(Plumbing, StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        var listed = Table.Select(r => r.Template).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Table.Length, listed.Count);
        Assert.Empty(mapped.Except(listed, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Empty(listed.Except(mapped, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachVisitorGetsWhatTheTableSays(string template, string who)
    {
        var row = Table.Single(r => r.Template == template);
        var path = Address(row.Path);
        var visitor = await matrix.VisitorAsync(who);

        using var response = row.Post
            ? await visitor.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>()), Ct)
            : await visitor.GetAsync(path, Ct);

        var expected = row.For(who);
        var escaped = Uri.EscapeDataString(path);
        switch (expected)
        {
            case Visit.Opens:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Null(await RefusalAsync(response));
                break;
            case Visit.RefusedOnPage:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.NotNull(await RefusalAsync(response));
                break;
            case Visit.BadRequest:
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal(Target(expected, escaped), response.RedirectTarget());
                break;
        }
    }

    private static string Target(Visit visit, string escapedPath) => visit switch
    {
        Visit.SignIn => $"/Account/Login?ReturnUrl={escapedPath}",
        Visit.AwaitingApproval => "/Account/Pending",
        Visit.AccessDenied => $"/Account/AccessDenied?ReturnUrl={escapedPath}",
        Visit.SentHome => "/",
        Visit.SentToSignUp => "/Account/Register",
        _ => throw new ArgumentOutOfRangeException(nameof(visit), visit, null),
    };

    /// <summary>The element by which a page says it is not for this visitor, if any; a CSV file has none.</summary>
    private static async Task<string?> RefusalAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return null;
        }

        var page = await response.ReadPageAsync();
        return page.QuerySelector(".denied[role=alert], [data-testid=screen-invalid], [data-testid=form-refusal]")?.OuterHtml;
    }

    private string Address(string path) => path
        .Replace("{member}", matrix.Club.MemberId, StringComparison.Ordinal)
        .Replace("{challenge}", matrix.ChallengeId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{session}", matrix.MemberSessionId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static Row Everyone(string template) => new(template, template, Visit.Opens, Visit.Opens, Visit.Opens, Visit.Opens, Visit.Opens);

    private static Row Members(string template, string? path = null) =>
        new(template, path ?? template, Visit.SignIn, Visit.AwaitingApproval, Visit.Opens, Visit.Opens, Visit.Opens);

    private static Row Officers(string template, string? path = null) =>
        new(template, path ?? template, Visit.SignIn, Visit.AwaitingApproval, Visit.AccessDenied, Visit.Opens, Visit.Opens);

    private static Row Admins(string template, string? path = null) =>
        new(template, path ?? template, Visit.SignIn, Visit.AwaitingApproval, Visit.AccessDenied, Visit.AccessDenied, Visit.Opens);

    /// <summary>One address and what each kind of visitor gets there.</summary>
    private sealed record Row(string Template, string Path, Visit Anonymous, Visit Applicant, Visit Member, Visit Officer, Visit Admin)
    {
        /// <summary>Asked with a form post rather than a GET.</summary>
        public bool Post { get; init; }

        public Visit For(string who) => who switch
        {
            Caller.Anonymous => Anonymous,
            Caller.Pending or Caller.Rejected => Applicant,
            Caller.Member => Member,
            Caller.Officer => Officer,
            Caller.Admin => Admin,
            _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
        };
    }
}

using System.Net;
using System.Text;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Every static account form refuses a post without its antiforgery token (what another site's form would send):
/// 400, and the accounts, codes and mail stay as they were. The visitor has opened the page first, so the antiforgery
/// cookie is there; only the token in the form is missing. The forms are listed by hand (each needs its own fields),
/// and every form the static pages of the route table render must be among them.
/// </summary>
public sealed class AntiforgeryTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public enum Visitor
    {
        Anonymous,
        Member,
        Applicant,
    }

    public static TheoryData<string, string, Visitor> Forms { get; } = new()
    {
        { "/Account/Login", "sign-in", Visitor.Anonymous },
        { "/Account/Register", "sign-up-email", Visitor.Anonymous },
        { "/Account/Register/Verify", "sign-up-code", Visitor.Anonymous },
        { "/Account/Register/Verify", "sign-up-resend", Visitor.Anonymous },
        { "/Account/Register/Details", "sign-up-details", Visitor.Anonymous },
        { "/Account/ForgotPassword", "forgot-password", Visitor.Anonymous },
        { "/Account/ResetPassword", "reset-password", Visitor.Anonymous },
        { "/Account/Manage/ChangePassword", "change-password", Visitor.Member },
        { "/Account/Manage/Profile", "profile", Visitor.Member },
        { "/Account/Manage/Delete", "delete-account", Visitor.Member },
        { "/Account/Pending", "applicant-details", Visitor.Applicant },
        { "/Account/Pending", "applicant-withdraw", Visitor.Applicant },
        { "/Account/Logout", "", Visitor.Member },
    };

    [Fact]
    public async Task EveryFormAStaticPageRendersIsInTheTable()
    {
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                && e.Metadata.GetMetadata<ExcludeFromInteractiveRoutingAttribute>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .ToList();
        var rendered = new HashSet<string>(StringComparer.Ordinal);

        foreach (var visitor in await EveryKindOfVisitorAsync())
        {
            foreach (var page in pages)
            {
                // The reset page shows its form only for a link with a member and a code.
                foreach (var address in new[] { page, $"{page}?member=someone&code=something" })
                {
                    rendered.UnionWith(await PostFormsAsync(visitor, address));
                }
            }

            visitor.Dispose();
        }

        Assert.Contains("/Account/Login", pages);
        Assert.Contains("/Account/Login sign-in", rendered);
        Assert.Empty(rendered.Except(Forms.Select(f => $"{f.Data.Item1} {f.Data.Item2}"), StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task AFormPostedWithoutItsTokenIsRefusedAndChangesNothing(string path, string formName, Visitor who)
    {
        var email = $"{formName}-{who}@forgery.test".ToLowerInvariant().Replace("--", "-", StringComparison.Ordinal);
        var id = await app.CreateMemberAsync(email, status: who == Visitor.Applicant ? ApprovalStatus.Pending : ApprovalStatus.Approved);
        using var visitor = who == Visitor.Anonymous ? app.CreateVisitor() : await app.SignedInVisitorAsync(email);
        await (await visitor.GetAsync(path == "/Account/Logout" ? "/" : path, Ct)).Content.ReadAsStringAsync(Ct);
        var fields = await FieldsAsync(formName, email, id);
        var before = await SnapshotAsync();

        using var response = await visitor.PostAsync(path, new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ClimbClub.Auth=", StringComparison.Ordinal)));
        Assert.Equal(before, await SnapshotAsync());
        if (who != Visitor.Anonymous)
        {
            using var stillIn = await visitor.GetAsync(who == Visitor.Applicant ? "/Account/Pending" : "/Account/Manage/Profile", Ct);
            Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        }
    }

    /// <summary>Visitors of every kind the static pages tell apart: anonymous, mid-sign-up (before and after the code), member, applicant.</summary>
    private async Task<List<HttpClient>> EveryKindOfVisitorAsync()
    {
        var askedForCode = app.CreateVisitor();
        await askedForCode.AskForCodeAsync("form-finder@forgery.test");
        var verified = app.CreateVisitor();
        await verified.AskForCodeAsync("form-finder-2@forgery.test");
        await verified.EnterCodeAsync((await app.Mail.WaitForAsync("form-finder-2@forgery.test")).Code!);
        await app.CreateMemberAsync("form-finder-member@forgery.test");
        await app.CreateMemberAsync("form-finder-applicant@forgery.test", status: ApprovalStatus.Pending);
        return
        [
            app.CreateVisitor(), askedForCode, verified,
            await app.SignedInVisitorAsync("form-finder-member@forgery.test"),
            await app.SignedInVisitorAsync("form-finder-applicant@forgery.test"),
        ];
    }

    /// <summary>"path handler" for each post form on the page the address opens, the path being where the form posts.</summary>
    private static async Task<IEnumerable<string>> PostFormsAsync(HttpClient visitor, string address)
    {
        using var response = await visitor.GetAsync(address, Ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return [];
        }

        var page = await response.ReadPageAsync();
        return page.Forms
            .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
            .Select(f => $"{Target(address, f.GetAttribute("action"))} {f.QuerySelector("input[name=_handler]")?.GetAttribute("value")}")
            .ToList();
    }

    /// <summary>The path a form posts to: its action, relative to the base href "/", or the page itself without one.</summary>
    private static string Target(string page, string? action) =>
        new Uri(new Uri("http://localhost/"), string.IsNullOrEmpty(action) ? page : action).AbsolutePath;

    /// <summary>What the form would carry from a real user, less the token: right passwords, a real reset code.</summary>
    private async Task<Dictionary<string, string>> FieldsAsync(string formName, string email, string id)
    {
        var fields = formName switch
        {
            "sign-in" => new() { ["Input.Email"] = email, ["Input.Password"] = ClimbClubApp.MemberPassword },
            "sign-up-email" => new() { ["Input.Email"] = "newcomer@forgery.test" },
            "sign-up-code" => new() { ["Input.Code"] = "123456" },
            "sign-up-details" => await DetailsAsync("Input", Journeys.NewPassword),
            "forgot-password" => new() { ["Input.Email"] = email },
            "reset-password" => new()
            {
                ["member"] = id,
                ["code"] = await ResetCodeAsync(id),
                ["Input.NewPassword"] = Journeys.NewPassword,
                ["Input.ConfirmPassword"] = Journeys.NewPassword,
            },
            "change-password" => new()
            {
                ["Input.CurrentPassword"] = ClimbClubApp.MemberPassword,
                ["Input.NewPassword"] = Journeys.NewPassword,
                ["Input.ConfirmPassword"] = Journeys.NewPassword,
            },
            "profile" => await DetailsAsync("Input", null),
            "delete-account" => new() { ["Input.Password"] = ClimbClubApp.MemberPassword },
            "applicant-details" => await DetailsAsync("Details", null),
            "applicant-withdraw" => new() { ["Password"] = ClimbClubApp.MemberPassword },
            _ => new Dictionary<string, string>(),
        };
        if (formName.Length > 0)
        {
            fields["_handler"] = formName;
        }

        return fields;
    }

    private async Task<Dictionary<string, string>> DetailsAsync(string prefix, string? password)
    {
        var fields = await Journeys.DetailsFieldsAsync(app, prefix, "Forged Name");
        if (password is not null)
        {
            fields[$"{prefix}.Password"] = password;
            fields[$"{prefix}.ConfirmPassword"] = password;
        }

        return fields;
    }

    private async Task<string> ResetCodeAsync(string id)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClubMember>>();
        var token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(id))!);
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>Everything a forged post could change: accounts, sign-up codes and mail sent.</summary>
    private async Task<string> SnapshotAsync()
    {
        var accounts = await app.WithDbAsync(db => db.Users.AsNoTracking()
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Email, u.PasswordHash, u.SecurityStamp, u.DisplayName, u.ApprovalStatus, u.AccessFailedCount })
            .ToListAsync(Ct));
        var codes = await app.WithDbAsync(db => db.EmailCodes.CountAsync(Ct));
        return $"{string.Join('\n', accounts.Select(a => a.ToString()))}\ncodes: {codes}\nmail: {app.Mail.All().Count}";
    }
}

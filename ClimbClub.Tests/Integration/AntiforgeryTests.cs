using System.Net;
using System.Text;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Every static account form refuses a post without its antiforgery token (what another site's form would send):
/// 400, and the accounts, codes and mail stay as they were. The visitor has opened the page first, so the antiforgery
/// cookie is there; only the token in the form is missing.
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

    [Theory]
    [InlineData("/Account/Login", "sign-in", Visitor.Anonymous)]
    [InlineData("/Account/Register", "sign-up-email", Visitor.Anonymous)]
    [InlineData("/Account/Register/Verify", "sign-up-code", Visitor.Anonymous)]
    [InlineData("/Account/Register/Verify", "sign-up-resend", Visitor.Anonymous)]
    [InlineData("/Account/Register/Details", "sign-up-details", Visitor.Anonymous)]
    [InlineData("/Account/ForgotPassword", "forgot-password", Visitor.Anonymous)]
    [InlineData("/Account/ResetPassword", "reset-password", Visitor.Anonymous)]
    [InlineData("/Account/Manage/ChangePassword", "change-password", Visitor.Member)]
    [InlineData("/Account/Manage/Profile", "profile", Visitor.Member)]
    [InlineData("/Account/Manage/Delete", "delete-account", Visitor.Member)]
    [InlineData("/Account/Pending", "applicant-details", Visitor.Applicant)]
    [InlineData("/Account/Pending", "applicant-withdraw", Visitor.Applicant)]
    [InlineData("/Account/Logout", "", Visitor.Member)]
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

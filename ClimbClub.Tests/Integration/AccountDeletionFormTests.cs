using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>A member deleting their own account on the static form, confirmed with their password.</summary>
public sealed class AccountDeletionFormTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string DeletePage = "/Account/Manage/Delete";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("", "Enter your password to confirm.")]
    [InlineData("Not-my-pass-1!", "That password is not right.")]
    public async Task AMissingOrWrongPasswordKeepsTheAccountAndSaysSoOnThePasswordField(string password, string message)
    {
        var email = $"hesitant-{password.Length}@delete.test";
        var id = await app.CreateMemberAsync(email);
        await app.LogSessionAsync(id, problems: 3);
        using var member = await app.SignedInVisitorAsync(email);

        using var response = await member.SubmitAsync(DeletePage, "delete-account", Password(password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        var field = page.QuerySelector<IHtmlInputElement>("#delete-password");
        Assert.NotNull(field);
        Assert.Equal(message, field.Closest(".field")?.QuerySelector(".field-error")?.TextContent);
        Assert.Equal("", field.Value);
        Assert.Equal(1, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.MemberId == id, Ct)));
        Assert.Equal("/", await app.SignInTargetAsync(email, ClimbClubApp.MemberPassword));
    }

    [Fact]
    public async Task TheRightPasswordDeletesTheAccountSignsTheMemberOutAndTheirSignInThenFails()
    {
        const string email = "leaving@delete.test";
        var id = await app.CreateMemberAsync(email, displayName: "Leaving Lee");
        await app.LogSessionAsync(id, problems: 4);
        using var member = await app.SignedInVisitorAsync(email);

        using var response = await member.SubmitAsync(DeletePage, "delete-account", Password(ClimbClubApp.MemberPassword));

        Assert.Equal("/Account/Deleted", response.RedirectTarget());
        var goodbye = await member.FollowAsync(response);
        Assert.Equal("Your account is deleted", goodbye.QuerySelector("[data-testid=account-deleted] h1")?.TextContent);
        Assert.NotNull(goodbye.QuerySelector(".account-switch a[href='']"));

        using var afterwards = await member.GetAsync("/Account/Manage/Profile", Ct);
        Assert.StartsWith("/Account/Login", afterwards.RedirectTarget(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id, Ct)));
        Assert.False(await app.WithDbAsync(db => db.Sessions.AnyAsync(s => s.MemberId == id, Ct)));
        Assert.Null(await app.SignInTargetAsync(email, ClimbClubApp.MemberPassword));
    }

    [Fact]
    public async Task TheOnlyAdminCannotDeleteTheirAccount()
    {
        using var admin = await app.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);

        using var response = await admin.SubmitAsync(DeletePage, "delete-account", Password(ClimbClubApp.AdminPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal(
            "You are the club's only admin. Make another member an admin before you delete your account.",
            page.QuerySelector("[role=alert]")?.TextContent);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == ClimbClubApp.AdminEmail, Ct)));
        Assert.Equal("/", await app.SignInTargetAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword));
    }

    private static Dictionary<string, string> Password(string password) => new() { ["Input.Password"] = password };
}

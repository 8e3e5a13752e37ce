using System.Net;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>The sign-up pages as a browser without JavaScript uses them: real forms, real cookies, real mail files.</summary>
public sealed class SignUpFormTests : IClassFixture<ClimbClubApp>, IDisposable
{
    private readonly ClimbClubApp app;
    private readonly HttpClient visitor;

    public SignUpFormTests(ClimbClubApp app)
    {
        this.app = app;
        visitor = app.CreateVisitor();
    }

    public void Dispose() => visitor.Dispose();

    [Fact]
    public async Task AVisitorSignsUpWithAMailedCodeAndWaitsForApproval()
    {
        const string email = "minji@uni.test";
        var sent = await visitor.SubmitAsync("/Account/Register", "sign-up-email", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/Account/Register/Verify", sent.RedirectTarget());

        var mail = await app.Mail.WaitForAsync(email);
        Assert.NotNull(mail.Code);

        var verified = await visitor.SubmitAsync("/Account/Register/Verify", "sign-up-code", new Dictionary<string, string> { ["Input.Code"] = mail.Code! });
        Assert.Equal("/Account/Register/Details", verified.RedirectTarget());

        var ids = await app.WithDbAsync(async db => (
            Generation: await db.Generations.OrderByDescending(g => g.Number).Select(g => g.Id).FirstAsync(),
            Gym: await db.Gyms.Select(g => g.Id).FirstAsync(),
            Colour: await db.Colours.Where(c => c.Level == 4).Select(c => c.Id).FirstAsync()));
        var finished = await visitor.SubmitAsync("/Account/Register/Details", "sign-up-details", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "김민지",
            ["Input.GenerationId"] = ids.Generation.ToString(),
            ["Input.HomeGymId"] = ids.Gym.ToString(),
            ["Input.LevelColourId"] = ids.Colour.ToString(),
            ["Input.Avatar"] = "moon",
            ["Input.Introduction"] = "Slab lover.",
            ["Input.Password"] = "Boulder-2026!",
            ["Input.ConfirmPassword"] = "Boulder-2026!",
        });
        Assert.Equal("/Account/Pending", finished.RedirectTarget());

        var pending = await visitor.GetPageAsync("/Account/Pending");
        Assert.NotNull(pending.QuerySelector("[data-testid=awaiting-approval]"));
        Assert.Contains("김민지", pending.Body!.TextContent, StringComparison.Ordinal);

        var member = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal(ApprovalStatus.Pending, member.ApprovalStatus);
        Assert.Equal("moon", member.Avatar);
    }

    [Theory]
    [InlineData("o'brien@uni.test")]
    [InlineData("top&tail@uni.test")]
    public async Task AnAddressTheEmailStepAcceptsAlsoFinishesSigningUp(string email)
    {
        using var newcomer = app.CreateVisitor();

        var id = await newcomer.SignUpAsync(app, email, "Quirky Address");

        var member = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Equal((email, ApprovalStatus.Pending), (member.Email, member.ApprovalStatus));
    }
}

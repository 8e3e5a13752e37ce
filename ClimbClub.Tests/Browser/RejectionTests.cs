using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>Saying no to a sign-up, and the applicant learning why.</summary>
[Collection(BrowserGroup.Name)]
public sealed class RejectionTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string Reason = "최준호 is not on this year's member list. Please talk to the club president.";

    [Fact]
    public async Task ARejectedApplicantIsToldWhyOnTheSiteAndByMail()
    {
        var baseUrl = app.StartKestrel();
        var junho = new Applicant("junho@uni.test", "최준호");
        var applicant = await browser.NewPageAsync(baseUrl, phone: true);
        await applicant.SignUpAsync(app.Mail, junho);

        var admin = await browser.NewPageAsync(baseUrl);
        await admin.SignInAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);
        await Expect(admin.GetByTestId("pending-badge")).ToHaveTextAsync("1");
        await admin.WaitUntilLiveAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/admin$"));

        var card = admin.Locator("[data-testid=applicant][data-email='junho@uni.test']");
        await card.GetByTestId("reject").ClickAsync();
        await card.GetByLabel("Reason (mailed to the applicant, optional)").FillAsync(Reason);
        await card.GetByTestId("confirm-reject").ClickAsync();

        await Expect(card).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("queue-empty")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("pending-badge")).ToHaveCountAsync(0);

        var later = await browser.NewPageAsync(baseUrl, phone: true);
        await later.SignInAsync(junho.Email, junho.Password);
        await Expect(later).ToHaveURLAsync(new Regex("/Account/Pending$"));
        await Expect(later.GetByTestId("rejected")).ToContainTextAsync("Sorry, 최준호");
        await Expect(later.GetByTestId("rejection-reason")).ToHaveTextAsync(Reason);
        await Expect(later.GetByTestId("awaiting-approval")).ToHaveCountAsync(0);

        var mail = await app.Mail.WaitForAsync(junho.Email, count: 2);
        Assert.Equal("Your ClimbClub sign-up", mail.Subject);
        Assert.Contains($"Reason: {Reason}", mail.Body, StringComparison.Ordinal);
    }
}

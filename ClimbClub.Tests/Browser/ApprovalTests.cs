using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>The admin's approval queue, live, and what approving means for the newcomer.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ApprovalTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AnAdminWatchesSignUpsArriveLiveAndApprovesOneWhoThenSignsIn()
    {
        var baseUrl = app.StartKestrel();
        var minji = new Applicant("minji@uni.test", "김민지");
        var applicant = await browser.NewPageAsync(baseUrl, phone: true);
        await applicant.SignUpAsync(app.Mail, minji);

        var admin = await browser.NewPageAsync(baseUrl);
        await admin.GotoAsync("/admin");
        await Expect(admin).ToHaveURLAsync(new Regex("/Account/Login\\?returnUrl=%2Fadmin$", RegexOptions.IgnoreCase));
        await admin.SubmitSignInAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);
        await Expect(admin).ToHaveURLAsync(new Regex("/admin$"));
        await admin.WaitUntilLiveAsync();

        var cards = admin.GetByTestId("applicant");
        var badge = admin.GetByTestId("pending-badge");
        var minjiCard = admin.Locator("[data-testid=applicant][data-email='minji@uni.test']");
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(minjiCard).ToContainTextAsync("김민지");
        await Expect(minjiCard).ToContainTextAsync("Gen 11");
        await Expect(minjiCard).ToContainTextAsync("Riverside Boulders");
        await Expect(minjiCard).ToContainTextAsync("Blue");
        await Expect(badge).ToHaveTextAsync("1");

        // Someone else joins while the admin looks at the queue: it grows on its own, without a reload.
        await admin.EvaluateAsync("() => window.openedBeforeTheSecondSignUp = true");
        var newcomer = await browser.NewPageAsync(baseUrl, phone: true);
        await newcomer.SignUpAsync(app.Mail, new Applicant("seoyeon@uni.test", "이서연", Level: "Green", Avatar: "Flame"));
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(admin.Locator("[data-testid=applicant][data-email='seoyeon@uni.test']")).ToContainTextAsync("이서연");
        await Expect(badge).ToHaveTextAsync("2");
        Assert.True(await admin.EvaluateAsync<bool>("() => window.openedBeforeTheSecondSignUp === true"), "The admin's page reloaded.");

        await minjiCard.GetByTestId("approve").ClickAsync();

        await Expect(admin.GetByText("김민지 is now a member. We emailed them.")).ToBeVisibleAsync();
        await Expect(minjiCard).ToHaveCountAsync(0);
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(badge).ToHaveTextAsync("1");

        var welcome = await app.Mail.WaitForAsync(minji.Email, count: 2);
        Assert.Equal("Welcome to ClimbClub!", welcome.Subject);
        Assert.Contains("Hello 김민지", welcome.Body, StringComparison.Ordinal);
        var signInLink = Assert.Single(welcome.Links);

        var member = await browser.NewPageAsync(baseUrl, phone: true);
        await member.GotoAsync(signInLink);
        await member.SubmitSignInAsync(minji.Email, minji.Password);
        await Expect(member).ToHaveURLAsync(baseUrl + "/");
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome back, 김민지!");

        // The tab still open on "awaiting approval" lets her in too once she looks again.
        await applicant.ReloadAsync();
        await Expect(applicant).ToHaveURLAsync(baseUrl + "/");
        await Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome back, 김민지!");
    }
}

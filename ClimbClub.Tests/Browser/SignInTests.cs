using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>Getting back in with a forgotten password, and the wall against guessing one.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SignInTests(BrowserFixture browser, ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AMemberWhoForgotTheirPasswordSetsANewOneFromTheMailedLink()
    {
        const string email = "haneul@uni.test";
        const string newPassword = "Crimp-harder-7!";
        var baseUrl = app.StartKestrel();
        await app.CreateMemberAsync(email, displayName: "정하늘");
        var page = await browser.NewPageAsync(baseUrl, phone: true);

        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();

        // Enhanced navigation changes the address before the new page arrives: wait for the page itself.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forgot your password?");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/ForgotPassword$"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reset link" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"If {email} belongs to an account, a reset link is on its way.");

        var mail = await app.Mail.WaitForAsync(email);
        Assert.Equal("Reset your ClimbClub password", mail.Subject);
        var link = Assert.Single(mail.Links);
        await page.GotoAsync(link);
        await page.GetByLabel("New password").FillAsync(newPassword);
        await page.GetByLabel("Confirm password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set new password" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your password was changed. Sign in with the new one.");

        await page.SubmitSignInAsync(email, ClimbClubApp.MemberPassword);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong email or password.");
        await page.SubmitSignInAsync(email, newPassword);
        await Expect(page).ToHaveURLAsync(baseUrl + "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome back, 정하늘!");

        // The mail promised the link works only once.
        var stranger = await browser.NewPageAsync(baseUrl);
        await stranger.GotoAsync(link);
        await stranger.GetByLabel("New password").FillAsync("Taken-over-1!");
        await stranger.GetByLabel("Confirm password").FillAsync("Taken-over-1!");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Set new password" }).ClickAsync();
        await Expect(stranger.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This reset link has expired or was already used. Ask for a new one.");
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAndEvenTheRightOneIsRefusedRightAfter()
    {
        const string email = "dohyun@uni.test";
        var baseUrl = app.StartKestrel();
        await app.CreateMemberAsync(email, displayName: "한도현");
        var page = await browser.NewPageAsync(baseUrl);

        await page.GotoAsync("/Account/Login");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await page.SubmitSignInAsync(email, $"Wrong-guess-{attempt}!");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login$"));
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong email or password.");
        }

        await page.SubmitSignInAsync(email, "Wrong-guess-5!");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Lockout$"));
        await Expect(page.GetByTestId("locked-out")).ToContainTextAsync("Too many attempts");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to sign-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome back");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login$"));
        await page.SubmitSignInAsync(email, ClimbClubApp.MemberPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Lockout$"));
        await Expect(page.GetByTestId("locked-out")).ToBeVisibleAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("climbing club");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Join the club" })).ToBeVisibleAsync();
    }
}

using System.Text.RegularExpressions;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>What a newcomer types and picks on the sign-up pages (labels as the pages show them).</summary>
public sealed record Applicant(
    string Email,
    string Name,
    string Password = "Boulder-2026!",
    string Generation = "Gen 11",
    string HomeGym = "Riverside Boulders",
    string Level = "Blue",
    string Avatar = "Moon");

/// <summary>The steps many journeys share, done the way a person does them: by label, button and mail.</summary>
public static class AccountSteps
{
    /// <summary>Signs up from the first page to "awaiting approval", reading the code from the mail folder.</summary>
    public static async Task SignUpAsync(this IPage page, MailFolder mail, Applicant applicant)
    {
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email").FillAsync(applicant.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Register/Verify$"));
        await Expect(page.GetByTestId("code-email")).ToHaveTextAsync(applicant.Email);
        var code = (await mail.WaitForAsync(applicant.Email)).Code;
        Assert.NotNull(code);
        await page.GetByLabel("6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Register/Details$"));
        await Expect(page.GetByTestId("verified-email")).ToHaveTextAsync(applicant.Email);
        await page.GetByLabel("Name shown to the club").FillAsync(applicant.Name);
        await page.GetByLabel("Generation").SelectOptionAsync(new SelectOptionValue { Label = applicant.Generation });
        await page.GetByLabel("Home gym").SelectOptionAsync(new SelectOptionValue { Label = applicant.HomeGym });
        await page.GetByRole(AriaRole.Radio, new() { Name = applicant.Level, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = applicant.Avatar, Exact = true }).CheckAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(applicant.Password);
        await page.GetByLabel("Confirm password").FillAsync(applicant.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish sign-up" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Pending$"));
        await Expect(page.GetByTestId("awaiting-approval")).ToBeVisibleAsync();
    }

    /// <summary>Fills in and sends the sign-in form on the page the browser is on, and waits for the answer.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.ClickAndWaitForNextPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));
    }

    /// <summary>
    /// Clicks a button that posts a static form and waits until the browser shows the page that came back. A wrong
    /// password answers with the same page and the same message as the try before, so the URL and text cannot tell.
    /// </summary>
    public static async Task ClickAndWaitForNextPageAsync(this IPage page, ILocator button)
    {
        var nextPage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoaded(object? sender, IPage loaded) => nextPage.TrySetResult();
        page.DOMContentLoaded += OnLoaded;
        try
        {
            await button.ClickAsync();
            await nextPage.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            page.DOMContentLoaded -= OnLoaded;
        }
    }

    /// <summary>Opens the sign-in page and signs in.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.SubmitSignInAsync(email, password);
    }

    /// <summary>
    /// Waits until an interactive page is live on its circuit: until then the prerendered buttons look right but
    /// do nothing when clicked.
    /// </summary>
    public static Task WaitUntilLiveAsync(this IPage page) =>
        Expect(page.Locator("html[data-circuit=open]")).ToBeAttachedAsync();
}

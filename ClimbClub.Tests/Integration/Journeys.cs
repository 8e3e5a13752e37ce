using System.Net;
using AngleSharp.Html.Dom;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>The sign-up and sign-in steps as a visitor walks them through the static forms.</summary>
internal static class Journeys
{
    public const string NewPassword = "Boulder-2026!";

    public static Task<HttpResponseMessage> AskForCodeAsync(this HttpClient visitor, string email) =>
        visitor.SubmitAsync("/Account/Register", "sign-up-email", new Dictionary<string, string> { ["Input.Email"] = email });

    public static Task<HttpResponseMessage> AskForNewCodeAsync(this HttpClient visitor) =>
        visitor.SubmitAsync("/Account/Register/Verify", "sign-up-resend", new Dictionary<string, string>());

    public static Task<HttpResponseMessage> EnterCodeAsync(this HttpClient visitor, string code) =>
        visitor.SubmitAsync("/Account/Register/Verify", "sign-up-code", new Dictionary<string, string> { ["Input.Code"] = code });

    /// <summary>Every field of the details step, filled in sensibly, plus whatever a tamperer adds.</summary>
    public static async Task<HttpResponseMessage> FinishSignUpAsync(
        this HttpClient visitor, ClimbClubApp app, string displayName, IReadOnlyDictionary<string, string>? extra = null)
    {
        var fields = await DetailsFieldsAsync(app, "Input", displayName);
        fields["Input.Password"] = NewPassword;
        fields["Input.ConfirmPassword"] = NewPassword;
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        return await visitor.SubmitAsync("/Account/Register/Details", "sign-up-details", fields);
    }

    /// <summary>The member-details fields as the forms name them (prefix "Input" on sign-up, "Details" on the awaiting page).</summary>
    public static async Task<Dictionary<string, string>> DetailsFieldsAsync(ClimbClubApp app, string prefix, string displayName, string avatar = "moon")
    {
        var ids = await app.WithDbAsync(async db => (
            Generation: await db.Generations.OrderByDescending(g => g.Number).Select(g => g.Id).FirstAsync(),
            Gym: await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            Colour: await db.Colours.OrderBy(c => c.Level).Select(c => c.Id).FirstAsync()));
        return new Dictionary<string, string>
        {
            [$"{prefix}.DisplayName"] = displayName,
            [$"{prefix}.GenerationId"] = ids.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{prefix}.HomeGymId"] = ids.Gym.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{prefix}.LevelColourId"] = ids.Colour.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{prefix}.Avatar"] = avatar,
            [$"{prefix}.Introduction"] = "Crimps and coffee.",
        };
    }

    /// <summary>Walks the whole sign-up (email, mailed code, details) and returns the new applicant's id.</summary>
    public static async Task<string> SignUpAsync(this HttpClient visitor, ClimbClubApp app, string email, string displayName)
    {
        var mailsBefore = app.Mail.To(email).Count;
        var asked = await visitor.AskForCodeAsync(email);
        Assert.Equal("/Account/Register/Verify", asked.RedirectTarget());
        var mail = await app.Mail.WaitForAsync(email, mailsBefore + 1);
        var verified = await visitor.EnterCodeAsync(mail.Code!);
        Assert.Equal("/Account/Register/Details", verified.RedirectTarget());
        var finished = await visitor.FinishSignUpAsync(app, displayName);
        Assert.Equal("/Account/Pending", finished.RedirectTarget());
        return await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
    }

    /// <summary>A new visitor signed in through the sign-in form; fails the test if the form refuses.</summary>
    public static async Task<HttpClient> SignedInVisitorAsync(this ClimbClubApp app, string email, string password = ClimbClubApp.MemberPassword)
    {
        var visitor = app.CreateVisitor();
        var response = await visitor.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Lockout", response.RedirectTarget() ?? "", StringComparison.Ordinal);
        return visitor;
    }

    /// <summary>Where the sign-in form sends a fresh visitor with these credentials; null when it refuses them.</summary>
    public static async Task<string?> SignInTargetAsync(this ClimbClubApp app, string email, string password)
    {
        using var visitor = app.CreateVisitor();
        using var response = await visitor.SignInAsync(email, password);
        return response.RedirectTarget();
    }

    /// <summary>The text a reader sees on the page the response carries, with runs of white space collapsed.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) => Text(await response.ReadPageAsync());

    public static string Text(IHtmlDocument page) =>
        string.Join(' ', (page.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Follows a redirect the way a browser would and returns the page it lands on.</summary>
    public static async Task<IHtmlDocument> FollowAsync(this HttpClient visitor, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await visitor.GetPageAsync(redirect.RedirectTarget()!);
    }

    /// <summary>
    /// Posts a form the page would not show (because it redirects first), carrying the visitor's real antiforgery
    /// token taken from another page: what a tamperer with a valid session can send.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithoutThePageAsync(
        this HttpClient visitor, string tokenPage, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await visitor.GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}");
        var data = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
        return await visitor.PostAsync(path, new FormUrlEncodedContent(data));
    }
}

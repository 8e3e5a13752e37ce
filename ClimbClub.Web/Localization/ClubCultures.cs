using System.Globalization;
using System.Security.Claims;
using ClimbClub.Web.Components.Account;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Localization;

/// <summary>
/// The languages the club's pages speak: English (the default) and Korean. A reader gets the one they picked in the
/// language switch (kept in a cookie for a year), else the first their browser asks for, else English.
/// </summary>
public static class ClubCultures
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko");

    /// <summary>The longest culture name stored for a member.</summary>
    public const int NameMaxLength = 16;

    public static IReadOnlyList<CultureInfo> All { get; } = [English, Korean];

    /// <summary>The language the current reader's page is in: one of <see cref="All"/>.</summary>
    public static CultureInfo Reading => Of(CultureInfo.CurrentUICulture.Name);

    /// <summary>The club's language named <paramref name="name"/> (or its parent, e.g. ko for ko-KR); English if none.</summary>
    public static CultureInfo Of(string? name) => Find(name) ?? Find(name?.Split('-')[0]) ?? English;

    private static CultureInfo? Find(string? name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The address that switches to <paramref name="culture"/> and comes back to <paramref name="returnUrl"/>.</summary>
    public static string SwitchUrl(CultureInfo culture, string returnUrl) =>
        $"culture?set={culture.Name}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static void UseClubCultures(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new(English);
            options.SupportedCultures = [.. All];
            options.SupportedUICultures = [.. All];

            // The switch's cookie, then the browser's languages; never a query string, so a shared link keeps the
            // reader's own language.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary>
    /// GET /culture?set=ko&amp;returnUrl=/leaderboard: remembers the language (in the browser, and for a signed-in
    /// account also as the language its mails are written in) and goes back to the page.
    /// </summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", async (
            HttpContext context, IDbContextFactory<ClimbClubDbContext> dbFactory, IStringLocalizer<LayoutText> text, string? set, string? returnUrl) =>
        {
            if (Find(set) is not { } culture)
            {
                return Results.Text(text["UnknownLanguage", string.Join(", ", All.Select(c => c.Name))].Value, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } memberId)
            {
                await using var db = await dbFactory.CreateDbContextAsync(context.RequestAborted);
                await db.Users.Where(u => u.Id == memberId)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.Language, culture.Name), context.RequestAborted);
            }

            return Results.LocalRedirect(IdentityRedirectManager.LocalPathOrHome(returnUrl));
        }).AllowAnonymous();
}

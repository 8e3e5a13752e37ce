using Microsoft.AspNetCore.Components;

namespace ClimbClub.Web.Components.Account;

/// <summary>Redirects from the static account pages, with an optional one-shot status message carried in a cookie.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigation)
{
    public const string StatusCookieName = "ClimbClub.Status";

    private static readonly CookieBuilder StatusCookie = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(10),
    };

    /// <summary>Navigates to a local address; anything that could leave the site goes home instead.</summary>
    public void RedirectTo(string? uri)
    {
        navigation.NavigateTo(IsLocal(uri) ? uri! : "");
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookie.Build(context));
        RedirectTo(uri);
    }

    /// <summary>Where an endpoint may send the browser back to: a path of this app, else the home page.</summary>
    public static string LocalPathOrHome(string? uri) => IsLocal(uri) && uri!.StartsWith('/') ? uri : "/";

    public static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri)
        && Uri.IsWellFormedUriString(uri, UriKind.Relative)
        && !uri.StartsWith("//", StringComparison.Ordinal)
        && !uri.StartsWith("/\\", StringComparison.Ordinal)
        && !uri.Contains(':', StringComparison.Ordinal);
}

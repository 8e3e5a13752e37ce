namespace ClimbClub.Web.Features.Security;

/// <summary>The headers every response carries, so the browser allows only what the app itself needs.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Everything comes from the app's own origin: Blazor's script and its WebSocket, Radzen's script, theme and
    /// fonts (under _content/Radzen.Blazor), the app's script, styles and avatars. Styles allow inline because Radzen
    /// components and the app's colour dots set style attributes; scripts never run inline. QR codes are inline SVG
    /// markup, so images need only the origin and data: URLs. The app embeds no frames (none of the Radzen components it
    /// uses draws one), so frames are off both ways: none inside the app, and no other site may frame it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Browser features the app never uses. Members scan check-in codes with the phone's own camera app.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), "
        + "microphone=(), midi=(), payment=(), serial=(), usb=()";

    /// <summary>Adds the headers as the response starts, so error pages and re-executed status pages carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}

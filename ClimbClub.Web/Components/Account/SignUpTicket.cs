using Microsoft.AspNetCore.DataProtection;

namespace ClimbClub.Web.Components.Account;

/// <summary>
/// Carries the id of the applicant's code record between the sign-up steps in an encrypted, short-lived cookie,
/// so neither the address nor the id appears in a URL (or in request logs).
/// </summary>
internal sealed class SignUpTicket(IDataProtectionProvider protection)
{
    private const string CookieName = "ClimbClub.SignUp";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private ITimeLimitedDataProtector Protector { get; } =
        protection.CreateProtector("ClimbClub.SignUp.v1").ToTimeLimitedDataProtector();

    public void Issue(HttpContext context, Guid codeId) =>
        context.Response.Cookies.Append(CookieName, Protector.Protect(codeId.ToString("N"), Lifetime), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            MaxAge = Lifetime,
            Path = "/Account",
        });

    public Guid? Read(HttpContext context)
    {
        var value = context.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(Protector.Unprotect(value), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/Account" });
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Attendance;

/// <summary>What a check-in code says: which regular session, on which day, shown when.</summary>
public sealed record CheckInCode(int RegularSessionId, DateOnly Date, DateTimeOffset IssuedAt);

/// <summary>
/// The codes the gym screen shows as a QR: the session, the day and the moment of issue, sealed with the app's data
/// protection keys so nobody can make one up, and good for <see cref="AttendanceOptions.CodeLifetime"/>.
/// </summary>
public sealed class CheckInCodes(IDataProtectionProvider protection, TimeProvider time, IOptions<AttendanceOptions> options)
{
    private const string Purpose = "ClimbClub.Attendance.CheckInCode.v1";
    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public TimeSpan Lifetime => options.Value.CodeLifetime;

    public string Issue(int regularSessionId, DateOnly date)
    {
        var payload = string.Create(
            CultureInfo.InvariantCulture, $"{regularSessionId}|{date:yyyy-MM-dd}|{time.GetUtcNow().ToUnixTimeMilliseconds()}");
        return Base64Url(protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>The code's content, or null for anything that is not a code this app issued.</summary>
    public CheckInCode? Read(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 512)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(protector.Unprotect(FromBase64Url(code))).Split('|');
            return parts.Length == 3
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var session)
                && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
                ? new CheckInCode(session, date, DateTimeOffset.FromUnixTimeMilliseconds(issued))
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A short, one-way fingerprint of a code, kept on the record it made so the same code is recognised.</summary>
    public static string Fingerprint(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)))[..32];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}

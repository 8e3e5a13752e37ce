using System.Security.Cryptography;
using System.Text;

namespace ClimbClub.Core.SignUp;

/// <summary>
/// The 6-digit code mailed to prove an address. Only a salted, slow hash is stored, so a copy of the database does
/// not hand out live codes; attempts are limited elsewhere because six digits alone are guessable.
/// </summary>
public static class VerificationCode
{
    public const int Length = 6;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const int Iterations = 20_000;

    public static string Generate() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltBytes);

    public static byte[] Hash(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);

    public static bool Matches(string? candidate, byte[] salt, byte[] expectedHash)
    {
        var normalized = Normalize(candidate);
        return normalized is not null && CryptographicOperations.FixedTimeEquals(Hash(normalized, salt), expectedHash);
    }

    /// <summary>The code as typed, without spaces or dashes people add when copying; null when it is not six digits.</summary>
    public static string? Normalize(string? candidate)
    {
        if (candidate is null)
        {
            return null;
        }

        var digits = new string(candidate.Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == Length && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}

using System.Net.Mail;

namespace ClimbClub.Core.SignUp;

/// <summary>Which email addresses the club accepts, and the one form it stores them in.</summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    /// <summary>Trimmed and lower-cased, so one mailbox is one account whatever the typing.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var trimmed = email.Trim();
        if (trimmed.Length > MaxLength || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"'))
        {
            return false;
        }

        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at != trimmed.IndexOf('@') || at > 64)
        {
            return false;
        }

        var local = trimmed[..at];
        if (local.StartsWith('.') || local.EndsWith('.'))
        {
            return false;
        }

        var domain = trimmed[(at + 1)..];
        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0 || l.Length > 63 || l.StartsWith('-') || l.EndsWith('-')
            || !l.All(c => char.IsLetterOrDigit(c) || c == '-')))
        {
            return false;
        }

        return MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed && parsed.DisplayName.Length == 0;
    }
}

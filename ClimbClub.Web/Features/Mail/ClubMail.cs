using System.Globalization;
using ClimbClub.Web.Features.Setup;
using ClimbClub.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Mail;

/// <summary>
/// Words and sends the club's messages. Every text comes from MailText.resx. A message answering what the reader just
/// did (a code, a reset link) is in the language of the page they did it on; a message about an admin's decision is in
/// the member's own language.
/// </summary>
public sealed class ClubMail(IMailSender sender, IStringLocalizer<MailText> text, IOptions<ClubOptions> club)
{
    private string Club => club.Value.Name;

    public Task SendSignUpCodeAsync(string to, string code, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        SendAsync(to, text["SignUpCodeSubject", Club], text["SignUpCodeBody", Club, code, (int)lifetime.TotalMinutes], cancellationToken);

    public Task SendAlreadyRegisteredAsync(string to, string signInLink, string resetLink, CancellationToken cancellationToken = default) =>
        SendAsync(to, text["AlreadyRegisteredSubject", Club], text["AlreadyRegisteredBody", Club, signInLink, resetLink], cancellationToken);

    /// <summary>Tells an applicant they were approved, in <paramref name="language"/> (theirs, not the admin's).</summary>
    public Task SendApprovedAsync(string to, string name, string signInLink, CultureInfo language, CancellationToken cancellationToken = default)
    {
        var (subject, body) = In(language, () => (text["ApprovedSubject", Club].Value, text["ApprovedBody", name, Club, signInLink].Value));
        return SendAsync(to, subject, body, cancellationToken);
    }

    /// <summary>Tells an applicant they were turned down, with the admin's reason if given, in <paramref name="language"/>.</summary>
    public Task SendRejectedAsync(string to, string name, string? reason, CultureInfo language, CancellationToken cancellationToken = default)
    {
        var (subject, body) = In(language, () => (
            text["RejectedSubject", Club].Value,
            string.IsNullOrWhiteSpace(reason) ? text["RejectedBodyNoReason", name, Club].Value : text["RejectedBody", name, Club, reason].Value));
        return SendAsync(to, subject, body, cancellationToken);
    }

    public Task SendPasswordResetAsync(string to, string name, string link, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        SendAsync(to, text["PasswordResetSubject", Club], text["PasswordResetBody", name, Club, link, (int)lifetime.TotalMinutes], cancellationToken);

    /// <summary>Words a message in <paramref name="language"/> whatever the language of the page that sends it.</summary>
    private static T In<T>(CultureInfo language, Func<T> words)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = language;
        CultureInfo.CurrentCulture = language;
        try
        {
            return words();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formats;
        }
    }

    private Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken) =>
        sender.SendAsync(new OutgoingMail(to, subject, body), cancellationToken);
}

using ClimbClub.Web.Features.Setup;
using ClimbClub.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Mail;

/// <summary>Words and sends the club's messages. Every text comes from MailText.resx.</summary>
public sealed class ClubMail(IMailSender sender, IStringLocalizer<MailText> text, IOptions<ClubOptions> club)
{
    private string Club => club.Value.Name;

    public Task SendSignUpCodeAsync(string to, string code, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        SendAsync(to, text["SignUpCodeSubject", Club], text["SignUpCodeBody", Club, code, (int)lifetime.TotalMinutes], cancellationToken);

    public Task SendAlreadyRegisteredAsync(string to, string signInLink, string resetLink, CancellationToken cancellationToken = default) =>
        SendAsync(to, text["AlreadyRegisteredSubject", Club], text["AlreadyRegisteredBody", Club, signInLink, resetLink], cancellationToken);

    public Task SendApprovedAsync(string to, string name, string signInLink, CancellationToken cancellationToken = default) =>
        SendAsync(to, text["ApprovedSubject", Club], text["ApprovedBody", name, Club, signInLink], cancellationToken);

    public Task SendRejectedAsync(string to, string name, string? reason, CancellationToken cancellationToken = default) =>
        SendAsync(
            to,
            text["RejectedSubject", Club],
            string.IsNullOrWhiteSpace(reason) ? text["RejectedBodyNoReason", name, Club] : text["RejectedBody", name, Club, reason],
            cancellationToken);

    public Task SendPasswordResetAsync(string to, string name, string link, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        SendAsync(to, text["PasswordResetSubject", Club], text["PasswordResetBody", name, Club, link, (int)lifetime.TotalMinutes], cancellationToken);

    private Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken) =>
        sender.SendAsync(new OutgoingMail(to, subject, body), cancellationToken);
}

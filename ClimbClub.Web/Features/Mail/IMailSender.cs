using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace ClimbClub.Web.Features.Mail;

/// <summary>A plain-text message to one recipient.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>Delivers mail. Two implementations: SMTP, and the embedded default that writes .eml files.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

internal static class MailMessages
{
    public static MailMessage Create(MailOptions options, OutgoingMail mail)
    {
        var message = new MailMessage
        {
            From = new MailAddress(options.FromAddress, options.FromName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(mail.To));
        return message;
    }
}

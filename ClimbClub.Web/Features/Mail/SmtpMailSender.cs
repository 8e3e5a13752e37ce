using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Mail;

/// <summary>Sends through the SMTP server configured under Mail:Smtp.</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value.Smtp;
        using var message = MailMessages.Create(options.Value, mail);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("Sent mail '{Subject}' through {Host}:{Port}", mail.Subject, settings.Host, settings.Port);
    }
}

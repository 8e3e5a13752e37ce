using System.Net.Mail;
using ClimbClub.Web.Features.Setup;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Mail;

/// <summary>
/// The zero-setup default: each message becomes one .eml file in the pickup folder (open it with any mail client).
/// SmtpClient names pickup files randomly, so each message is written to its own scratch folder first and then
/// moved to a name that sorts by time, which is also the path we log.
/// </summary>
internal sealed class PickupFolderMailSender(
    IOptions<MailOptions> options,
    StoragePaths paths,
    TimeProvider time,
    ILogger<PickupFolderMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var folder = paths.MailFolder;
        var scratch = Path.Combine(folder, ".outgoing", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            using (var message = MailMessages.Create(options.Value, mail))
            using (var client = new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = scratch,
            })
            {
                await client.SendMailAsync(message, cancellationToken);
            }

            var written = Directory.EnumerateFiles(scratch, "*.eml").Single();
            var target = Path.Combine(folder, $"{time.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Path.GetFileName(written)}");
            File.Move(written, target);
            logger.LogInformation("Wrote mail '{Subject}' to {Path}", mail.Subject, target);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}

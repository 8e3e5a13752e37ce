using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>With an SMTP host configured, mail leaves through SMTP instead of the pickup folder.</summary>
public sealed class SmtpMailTests
{
    [Fact]
    public async Task ASignUpCodeIsDeliveredThroughTheConfiguredSmtpServer()
    {
        await using var smtp = new SmtpPeer();
        using var app = new ClimbClubApp()
            .With("Mail:Smtp:Host", "127.0.0.1")
            .With("Mail:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Mail:Smtp:EnableSsl", "false")
            .With("Mail:FromAddress", "club@climb.test");
        using var visitor = app.CreateVisitor();

        var sent = await visitor.SubmitAsync("/Account/Register", "sign-up-email", new Dictionary<string, string> { ["Input.Email"] = "smtp@uni.test" });

        Assert.Equal("/Account/Register/Verify", sent.RedirectTarget());
        var message = await smtp.WaitForMessageAsync();
        Assert.Equal("club@climb.test", message.From);
        Assert.Equal(["smtp@uni.test"], message.To);
        var file = Path.Combine(app.Root, "peer.eml");
        await File.WriteAllTextAsync(file, message.Data, TestContext.Current.CancellationToken);
        Assert.Matches(@"^\d{6}$", MailFolder.Read(file).Code);
        Assert.Empty(app.Mail.All());
    }
}

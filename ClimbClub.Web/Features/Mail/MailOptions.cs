namespace ClimbClub.Web.Features.Mail;

/// <summary>Settings under "Mail". With no SMTP host, mail is written as .eml files to the pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "no-reply@climbclub.local";

    public string FromName { get; set; } = "ClimbClub";

    /// <summary>Where the embedded default writes .eml files; empty means the "mail" folder inside the data folder.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

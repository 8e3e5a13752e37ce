namespace ClimbClub.Web.Features.SignUp;

/// <summary>Settings under "SignUp": the limits that keep email codes from being guessed or abused.</summary>
public sealed class SignUpOptions
{
    public const string Section = "SignUp";

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Checks allowed per code, right or wrong; the code dies after this many wrong ones.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    public TimeSpan ResendCooldown { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxCodesPerEmailPerHour { get; set; } = 5;

    public int MaxCodesPerIpPerHour { get; set; } = 20;

    /// <summary>How long after verifying the address the applicant may take to finish the details step.</summary>
    public TimeSpan DetailsWindow { get; set; } = TimeSpan.FromMinutes(30);
}

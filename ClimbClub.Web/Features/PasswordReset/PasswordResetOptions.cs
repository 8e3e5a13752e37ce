namespace ClimbClub.Web.Features.PasswordReset;

/// <summary>Settings under "PasswordReset": how often a reset link may be asked for, so nobody can flood a member's inbox.</summary>
public sealed class PasswordResetOptions
{
    public const string Section = "PasswordReset";

    /// <summary>Wait before another request for the same address.</summary>
    public TimeSpan ResendCooldown { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxRequestsPerEmailPerHour { get; set; } = 5;

    public int MaxRequestsPerIpPerHour { get; set; } = 20;
}

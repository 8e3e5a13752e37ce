namespace ClimbClub.Web.Features.Security;

/// <summary>Settings under "RateLimits": how often one address or one member may try a secret per minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in form posts from one IP address per minute.</summary>
    public int SignInsPerIpPerMinute { get; set; } = 10;

    /// <summary>Sign-in form posts for one email address per minute, from any IP address.</summary>
    public int SignInsPerEmailPerMinute { get; set; } = 5;

    /// <summary>Check-in code tries by one member per minute.</summary>
    public int CheckInsPerMemberPerMinute { get; set; } = 10;
}

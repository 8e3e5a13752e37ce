namespace ClimbClub.Web.Data;

/// <summary>
/// A sign-up code sent to an address. The row also serves as the record for rate limits (per address, per IP)
/// and, once verified, as the ticket that lets the applicant finish the details step.
/// </summary>
public sealed class EmailCode
{
    public Guid Id { get; set; }

    /// <summary>Normalized (lower-case) address the code was sent to.</summary>
    public string Email { get; set; } = "";

    public byte[] CodeHash { get; set; } = [];

    public byte[] Salt { get; set; } = [];

    public string RequestedFromIp { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Every check of a code counts, right or wrong; the code dies when the limit is reached.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>Set when a newer code replaces this one or when the sign-up it verified is finished.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}

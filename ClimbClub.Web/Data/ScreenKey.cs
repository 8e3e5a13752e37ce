namespace ClimbClub.Web.Data;

/// <summary>
/// A kiosk link for the gym's TV: whoever holds the key may watch the gym screen without signing in.
/// Only a hash of the key is stored; admins name, create and revoke keys.
/// </summary>
public sealed class ScreenKey
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public byte[] KeyHash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedById { get; set; } = "";

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }
}

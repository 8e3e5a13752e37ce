namespace ClimbClub.Web.Data;

/// <summary>One administrative action: who did what to which record, and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    /// <summary>A stable code such as "member.approved"; see <see cref="Features.Audit.AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    public string TargetType { get; set; } = "";

    public string TargetId { get; set; } = "";

    /// <summary>Human-readable summary: the target's name and what changed.</summary>
    public string Summary { get; set; } = "";
}

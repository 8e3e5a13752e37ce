using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Audit;

/// <summary>Stable codes of the actions the audit log records.</summary>
public static class AuditActions
{
    public const string MemberApproved = "member.approved";
    public const string MemberRejected = "member.rejected";
    public const string RoleChanged = "member.role-changed";
    public const string MemberDeactivated = "member.deactivated";
    public const string MemberReactivated = "member.reactivated";
    public const string GenerationCreated = "generation.created";
    public const string GenerationUpdated = "generation.updated";
    public const string GenerationDeleted = "generation.deleted";
    public const string GymCreated = "gym.created";
    public const string GymUpdated = "gym.updated";
    public const string GymDeleted = "gym.deleted";
    public const string ColourCreated = "colour.created";
    public const string ColourUpdated = "colour.updated";
    public const string ColourMoved = "colour.moved";
    public const string ColourDeleted = "colour.deleted";
    public const string SessionVoided = "session.voided";
    public const string SessionRestored = "session.restored";
    public const string ScreenKeyCreated = "screen-key.created";
    public const string ScreenKeyRevoked = "screen-key.revoked";
    public const string AccountDeleted = "member.account-deleted";
    public const string ScheduleChanged = "attendance.schedule-changed";
    public const string HolidayChanged = "attendance.holiday-changed";
    public const string AttendanceCorrected = "attendance.corrected";
    public const string ChallengeCreated = "challenge.created";
    public const string ChallengeUpdated = "challenge.updated";
    public const string ChallengeClosed = "challenge.closed";

    public static IReadOnlyList<string> All { get; } =
    [
        MemberApproved, MemberRejected, RoleChanged, MemberDeactivated, MemberReactivated,
        GenerationCreated, GenerationUpdated, GenerationDeleted,
        GymCreated, GymUpdated, GymDeleted,
        ColourCreated, ColourUpdated, ColourMoved, ColourDeleted,
        SessionVoided, SessionRestored,
        ScreenKeyCreated, ScreenKeyRevoked,
        AccountDeleted,
        ScheduleChanged, HolidayChanged, AttendanceCorrected,
        ChallengeCreated, ChallengeUpdated, ChallengeClosed,
    ];
}

public sealed record AuditRow(DateTimeOffset At, string ActorName, string Action, string TargetType, string Summary);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>Writes audit entries inside the caller's unit of work and lets admins read them.</summary>
public sealed class AuditLog(IDbContextFactory<ClimbClubDbContext> dbFactory, TimeProvider time, IStringLocalizer<AdminText> text)
{
    /// <summary>Adds an entry to <paramref name="db"/>; it is saved with the change it describes, or not at all.</summary>
    public void Record(ClimbClubDbContext db, ClubActor actor, string action, string targetType, string targetId, string summary) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = actor.Id,
            ActorName = actor.DisplayName,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Summary = summary.Length > 1000 ? summary[..1000] : summary,
        });

    public async Task<Outcome<AuditPage>> ReadAsync(
        System.Security.Claims.ClaimsPrincipal who, string? action, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Admin, cancellationToken) is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["AdminOnly"]);
        }

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(action))
        {
            query = query.Where(e => e.Action == action);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100))
            .Select(e => new AuditRow(e.At, e.ActorName, e.Action, e.TargetType, e.Summary))
            .ToListAsync(cancellationToken);
        return Outcome.Success(new AuditPage(rows, total));
    }
}

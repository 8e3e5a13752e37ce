using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Features.Mail;
using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Members;

public sealed record PendingSignUp(
    string Id,
    string DisplayName,
    string Email,
    int GenerationNumber,
    string HomeGym,
    string Level,
    string LevelColor,
    string Avatar,
    string? Introduction,
    DateTimeOffset SignedUpAt);

public enum MemberStatusFilter
{
    All,
    Active,
    Pending,
    Rejected,
    Deactivated,
}

public sealed record MemberQuery(string? Search, MemberStatusFilter Status, ClubRole? Role, int Skip, int Take);

public sealed record MemberRow(
    string Id,
    string DisplayName,
    string Email,
    int GenerationNumber,
    string HomeGym,
    string Level,
    string LevelColor,
    string Avatar,
    ClubRole Role,
    ApprovalStatus Status,
    bool IsActive,
    bool IsDemo,
    DateTimeOffset SignedUpAt);

public sealed record MemberPage(IReadOnlyList<MemberRow> Rows, int Total);

/// <summary>
/// The admin's side of membership: the approval queue, the member list, roles and deactivation.
/// Every method re-checks that the caller is an active Admin, whatever page called it.
/// </summary>
public sealed class MemberAdminService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    AdminChanges changes,
    AuditLog audit,
    ClubMail mail,
    RejectionValidator rejectionValidator,
    Notifier<ApprovalQueueChanged> approvalQueue,
    NotificationSender notifications,
    TimeProvider time,
    IStringLocalizer<AdminText> text,
    ILogger<MemberAdminService> logger)
{
    public async Task<int> CountPendingAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        return actor?.IsAtLeast(ClubRole.Admin) == true
            ? await db.Users.CountAsync(u => u.ApprovalStatus == ApprovalStatus.Pending, cancellationToken)
            : 0;
    }

    public async Task<Outcome<IReadOnlyList<PendingSignUp>>> PendingAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Admin, cancellationToken) is null)
        {
            return Denied();
        }

        var rows = await (
            from u in db.Users.AsNoTracking()
            where u.ApprovalStatus == ApprovalStatus.Pending
            join g in db.Generations on u.GenerationId equals g.Id
            join gym in db.Gyms on u.HomeGymId equals gym.Id
            join c in db.Colours on u.LevelColourId equals c.Id
            orderby u.SignedUpAt
            select new PendingSignUp(u.Id, u.DisplayName, u.Email!, g.Number, gym.Name, c.Name, c.DisplayColor, u.Avatar, u.Introduction, u.SignedUpAt))
            .ToListAsync(cancellationToken);
        return Outcome.Success<IReadOnlyList<PendingSignUp>>(rows);
    }

    public async Task<Outcome> ApproveAsync(ClaimsPrincipal who, string memberId, string signInLink, CancellationToken cancellationToken = default)
    {
        var decided = await DecideAsync(who, memberId, ApprovalStatus.Approved, new Rejection(), cancellationToken);
        if (decided.Value is { } member)
        {
            await MailAsync(() => mail.SendApprovedAsync(member.Email!, member.DisplayName, signInLink, ClubCultures.Of(member.Language), cancellationToken));
        }

        return decided.Succeeded ? Outcome.Ok : decided.ToOutcome();
    }

    public async Task<Outcome> RejectAsync(ClaimsPrincipal who, string memberId, Rejection rejection, CancellationToken cancellationToken = default)
    {
        var decided = await DecideAsync(who, memberId, ApprovalStatus.Rejected, rejection, cancellationToken);
        if (decided.Value is { } member)
        {
            await MailAsync(() => mail.SendRejectedAsync(member.Email!, member.DisplayName, member.RejectionReason, ClubCultures.Of(member.Language), cancellationToken));
        }

        return decided.Succeeded ? Outcome.Ok : decided.ToOutcome();
    }

    public async Task<Outcome<MemberPage>> SearchAsync(ClaimsPrincipal who, MemberQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Admin, cancellationToken) is null)
        {
            return Denied();
        }

        var members = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            members = members.Where(u => u.DisplayName.ToLower().Contains(term) || u.Email!.ToLower().Contains(term));
        }

        members = query.Status switch
        {
            MemberStatusFilter.Active => members.Where(u => u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved),
            MemberStatusFilter.Pending => members.Where(u => u.ApprovalStatus == ApprovalStatus.Pending),
            MemberStatusFilter.Rejected => members.Where(u => u.ApprovalStatus == ApprovalStatus.Rejected),
            MemberStatusFilter.Deactivated => members.Where(u => !u.IsActive),
            _ => members,
        };

        var roleNames = RolesByMember(db);
        if (query.Role is { } role)
        {
            var roleName = role.Name();
            members = role == ClubRole.Member
                ? members.Where(u => !roleNames.Any(r => r.UserId == u.Id && r.Name != ClubRoles.Member))
                : members.Where(u => roleNames.Any(r => r.UserId == u.Id && r.Name == roleName));
        }

        var total = await members.CountAsync(cancellationToken);
        var page = await (
            from u in members
            join g in db.Generations on u.GenerationId equals g.Id
            join gym in db.Gyms on u.HomeGymId equals gym.Id
            join c in db.Colours on u.LevelColourId equals c.Id
            orderby u.DisplayName, u.Email
            select new { u.Id, u.DisplayName, u.Email, GenerationNumber = g.Number, Gym = gym.Name, Level = c.Name, c.DisplayColor, u.Avatar, u.ApprovalStatus, u.IsActive, u.IsDemo, u.SignedUpAt })
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 100))
            .ToListAsync(cancellationToken);

        var ids = page.Select(p => p.Id).ToList();
        var roles = await roleNames.Where(r => ids.Contains(r.UserId)).ToListAsync(cancellationToken);
        var rows = page.Select(p => new MemberRow(
                p.Id, p.DisplayName, p.Email ?? "", p.GenerationNumber, p.Gym, p.Level, p.DisplayColor, p.Avatar,
                HighestRole(roles.Where(r => r.UserId == p.Id).Select(r => r.Name)),
                p.ApprovalStatus, p.IsActive, p.IsDemo, p.SignedUpAt))
            .ToList();
        return Outcome.Success(new MemberPage(rows, total));
    }

    public Task<Outcome> ChangeRoleAsync(ClaimsPrincipal who, string memberId, ClubRole newRole, CancellationToken cancellationToken = default) =>
        changes.RunAsync(who, async (db, actor) =>
        {
            if (!Enum.IsDefined(newRole))
            {
                return Outcome.Fail(OutcomeKind.Invalid, text["UnknownRole"]);
            }

            var member = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
            if (member is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["MemberNotFound"]);
            }

            if (member.ApprovalStatus != ApprovalStatus.Approved)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["RoleNeedsApproval", member.DisplayName]);
            }

            var currentRole = await ClubActor.RoleOfAsync(db, memberId, cancellationToken);
            if (currentRole == newRole)
            {
                return Outcome.Ok;
            }

            if (currentRole == ClubRole.Admin && member.IsActive && await ClubActor.OtherActiveAdminsAsync(db, memberId, cancellationToken) == 0)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["LastAdmin", member.DisplayName]);
            }

            var roleId = await db.Roles.Where(r => r.Name == newRole.Name()).Select(r => r.Id).SingleAsync(cancellationToken);
            db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == memberId).ToListAsync(cancellationToken));
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = memberId, RoleId = roleId });
            RenewStamps(member);
            audit.Record(db, actor, AuditActions.RoleChanged, "member", member.Id,
                text["AuditRoleChanged", member.DisplayName, text[$"Role{currentRole}"], text[$"Role{newRole}"]]);
            return Outcome.Ok;
        }, cancellationToken);

    public Task<Outcome> SetActiveAsync(ClaimsPrincipal who, string memberId, bool active, CancellationToken cancellationToken = default) =>
        changes.RunAsync(who, async (db, actor) =>
        {
            var member = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
            if (member is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["MemberNotFound"]);
            }

            if (member.IsActive == active)
            {
                return Outcome.Ok;
            }

            // Also keeps the club's last active admin: an admin can only be acted on by another active admin.
            if (!active && member.Id == actor.Id)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["CannotDeactivateSelf"]);
            }

            member.IsActive = active;
            RenewStamps(member);
            audit.Record(db, actor, active ? AuditActions.MemberReactivated : AuditActions.MemberDeactivated, "member", member.Id,
                text[active ? "AuditReactivated" : "AuditDeactivated", member.DisplayName]);
            return Outcome.Ok;
        }, cancellationToken);

    /// <summary>Approves or rejects a sign-up that is still pending; the applicant is told by mail afterwards.</summary>
    private async Task<Outcome<ClubMember>> DecideAsync(
        ClaimsPrincipal who, string memberId, ApprovalStatus decision, Rejection rejection, CancellationToken cancellationToken)
    {
        var decided = await changes.RunAsync<ClubMember>(who, async (db, actor) =>
        {
            var errors = rejectionValidator.Check(rejection);
            if (errors.Count > 0)
            {
                return Outcome.Invalid(errors);
            }

            var member = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
            if (member is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["MemberNotFound"]);
            }

            if (member.ApprovalStatus != ApprovalStatus.Pending)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["AlreadyDecided", member.DisplayName]);
            }

            var reason = decision == ApprovalStatus.Rejected && !string.IsNullOrWhiteSpace(rejection.Reason) ? rejection.Reason.Trim() : null;
            member.ApprovalStatus = decision;
            member.RejectionReason = reason;
            member.DecidedAt = time.GetUtcNow();
            var summary = decision == ApprovalStatus.Approved ? text["AuditApproved", member.DisplayName]
                : reason is null ? text["AuditRejected", member.DisplayName]
                : text["AuditRejectedWithReason", member.DisplayName, reason];
            audit.Record(db, actor, decision == ApprovalStatus.Approved ? AuditActions.MemberApproved : AuditActions.MemberRejected,
                "member", member.Id, summary);

            // A turned-down applicant never reaches the notification centre; the mail tells them.
            if (decision == ApprovalStatus.Approved)
            {
                await notifications.AddAsync(db, member.Id, NotificationKind.SignUpApproved, actor.DisplayName, link: "", aboutMemberId: actor.Id, cancellationToken: cancellationToken);
            }

            return Outcome.Success(member);
        }, cancellationToken);

        if (decided.Succeeded)
        {
            approvalQueue.Publish();
        }

        return decided;
    }

    private Outcome Denied() => Outcome.Fail(OutcomeKind.Denied, text["AdminOnly"]);

    private static IQueryable<MemberRoleName> RolesByMember(ClimbClubDbContext db) =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        select new MemberRoleName { UserId = userRole.UserId, Name = role.Name! };

    private static ClubRole HighestRole(IEnumerable<string> names) =>
        names.Select(n => ClubRoles.TryParse(n, out var r) ? r : ClubRole.Member).DefaultIfEmpty(ClubRole.Member).Max();

    /// <summary>A new security stamp signs the member out of every cookie and circuit at the next check.</summary>
    private static void RenewStamps(ClubMember member)
    {
        member.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        member.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private async Task MailAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            // The decision stands; the member also sees it when signing in.
            logger.LogError(ex, "Could not mail an approval decision");
        }
    }

    /// <summary>A settable shape (not a positional record) so EF can translate filters on it.</summary>
    private sealed class MemberRoleName
    {
        public required string UserId { get; init; }

        public required string Name { get; init; }
    }
}

using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Profile;

/// <summary>
/// A member deletes their own account: after their password, everything that names them goes in one transaction:
/// the account, sessions, board rows and sign-up codes; audit entries about them or written by them keep only
/// "(deleted account)". Boards still open are re-ranked without them at the next ranking run; frozen weeks keep
/// everyone else's ranks as they were.
/// </summary>
public sealed class AccountDeletionService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    UserManager<ClubMember> users,
    SignInManager<ClubMember> signIn,
    TimeProvider time,
    WeekSizes weekSizes,
    IStringLocalizer<ProfileText> text)
{
    public async Task<Outcome> DeleteAsync(ClaimsPrincipal who, string? password, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);
        }

        var member = await users.FindByIdAsync(actor.Id);
        if (member is null || string.IsNullOrEmpty(password))
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["PasswordRequired"], "Password");
        }

        // Wrong passwords count towards the sign-in lockout, so this form cannot be used to guess one.
        var check = await signIn.CheckPasswordSignInAsync(member, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return Outcome.Fail(OutcomeKind.Invalid, text[check.IsLockedOut ? "LockedOut" : "WrongPassword"], "Password");
        }

        if (actor.IsAtLeast(ClubRole.Admin) && await ClubActor.OtherActiveAdminsAsync(db, actor.Id, cancellationToken) == 0)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["LastAdminCannotLeave"]);
        }

        var deleted = text["DeletedAccount"].Value;
        var email = member.Email ?? "";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var sessionIds = await db.Sessions.Where(s => s.MemberId == actor.Id)
            .Select(s => s.Id.ToString(CultureInfo.InvariantCulture))
            .ToListAsync(cancellationToken);
        await db.AuditEntries
            .Where(e => e.TargetId == actor.Id || (e.TargetType == "session" && sessionIds.Contains(e.TargetId)) || (email != "" && e.Summary.Contains(email)))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Summary, deleted).SetProperty(e => e.TargetId, ""), cancellationToken);
        await db.AuditEntries
            .Where(e => e.ActorId == actor.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, "").SetProperty(e => e.ActorName, deleted), cancellationToken);
        await db.Sessions.Where(s => s.VoidedById == actor.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.VoidedById, (string?)null), cancellationToken);
        await db.ScreenKeys.Where(k => k.CreatedById == actor.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.CreatedById, ""), cancellationToken);
        await db.Notifications.Where(n => n.AboutMemberId == actor.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Subject, deleted).SetProperty(n => n.AboutMemberId, (string?)null), cancellationToken);
        await db.Challenges.Where(c => c.CreatedById == actor.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedById, ""), cancellationToken);
        await db.AttendanceRecords.Where(r => r.RecordedById == actor.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RecordedById, (string?)null), cancellationToken);
        await db.CheckInRequests.Where(r => r.DecidedById == actor.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.DecidedById, (string?)null), cancellationToken);
        await db.AttendanceRecords.Where(r => r.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.CheckInRequests.Where(r => r.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.EmailCodes.Where(c => c.Email == email).ExecuteDeleteAsync(cancellationToken);

        await db.WeeklyScores.Where(w => w.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.GenerationScores.Where(w => w.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.AllTimeScores.Where(w => w.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Sessions.Where(s => s.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.Id == actor.Id).ExecuteDeleteAsync(cancellationToken);

        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorName = deleted,
            Action = AuditActions.AccountDeleted,
            TargetType = "member",
            Summary = text["AuditAccountDeleted"],
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        weekSizes.Forget();
        return Outcome.Ok;
    }
}

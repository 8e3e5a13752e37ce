using System.Security.Claims;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Members;

/// <summary>
/// The member behind a request, as the database sees them right now. Services decide permissions from this,
/// never from what a page or a circuit claims, so a stale cookie or a tampered call cannot act beyond the real role.
/// </summary>
public sealed record ClubActor(string Id, string DisplayName, ClubRole Role)
{
    public bool IsAtLeast(ClubRole role) => Role >= role;

    /// <summary>The approved, active member identified by <paramref name="principal"/>, or null.</summary>
    public static async Task<ClubActor?> FindAsync(ClimbClubDbContext db, ClaimsPrincipal? principal, CancellationToken cancellationToken = default)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var member = await db.Users
            .Where(u => u.Id == id && u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var role = await RoleOfAsync(db, id, cancellationToken);
        return new ClubActor(member.Id, member.DisplayName, role);
    }

    /// <summary>The approved, active member identified by <paramref name="principal"/> if they hold at least <paramref name="role"/>.</summary>
    public static async Task<ClubActor?> FindAsync(ClimbClubDbContext db, ClaimsPrincipal? principal, ClubRole role, CancellationToken cancellationToken = default)
    {
        var actor = await FindAsync(db, principal, cancellationToken);
        return actor?.IsAtLeast(role) == true ? actor : null;
    }

    /// <summary>The member's highest club role; a member without any role row counts as a plain Member.</summary>
    public static async Task<ClubRole> RoleOfAsync(ClimbClubDbContext db, string memberId, CancellationToken cancellationToken = default)
    {
        var names = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == memberId
            select role.Name).ToListAsync(cancellationToken);
        return names
            .Select(n => ClubRoles.TryParse(n, out var r) ? r : ClubRole.Member)
            .DefaultIfEmpty(ClubRole.Member)
            .Max();
    }

    /// <summary>How many approved, active admins there are besides <paramref name="exceptId"/>; the club must keep one.</summary>
    public static Task<int> OtherActiveAdminsAsync(ClimbClubDbContext db, string exceptId, CancellationToken cancellationToken = default) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         join user in db.Users on userRole.UserId equals user.Id
         where role.Name == ClubRoles.Admin && user.Id != exceptId && user.IsActive && user.ApprovalStatus == ApprovalStatus.Approved
         select user.Id).CountAsync(cancellationToken);
}

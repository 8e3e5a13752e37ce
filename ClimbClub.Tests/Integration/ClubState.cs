using System.Globalization;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Everything an admin action could change, written out as text: members (status, activity, roles, security stamp),
/// generations, gyms, colours, the audit log and the sign-up codes. Two equal snapshots mean nothing was written.
/// </summary>
internal static class ClubState
{
    public static Task<string> SnapshotAsync(ClimbClubApp app) => app.WithDbAsync(async db =>
    {
        var roles = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            select new { userRole.UserId, role.Name }).ToListAsync();
        var members = (await db.Users.AsNoTracking().ToListAsync())
            .OrderBy(u => u.Id, StringComparer.Ordinal)
            .Select(u => string.Join(' ',
                "member", u.Email, u.DisplayName, u.ApprovalStatus, u.RejectionReason, u.IsActive, u.SecurityStamp,
                u.GenerationId, u.HomeGymId, u.LevelColourId, u.Avatar, u.Introduction, u.HiddenFromScreen,
                string.Join(',', roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order(StringComparer.Ordinal))));
        var generations = (await db.Generations.AsNoTracking().ToListAsync())
            .OrderBy(g => g.Id)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"generation {g.Id} #{g.Number} {g.Name} {g.StartDate:O}..{g.EndDate:O}"));
        var gyms = (await db.Gyms.AsNoTracking().ToListAsync())
            .OrderBy(g => g.Id)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"gym {g.Id} {g.Name} open={g.IsActive}"));
        var colours = (await db.Colours.AsNoTracking().ToListAsync())
            .OrderBy(c => c.Id)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"colour {c.Id} L{c.Level} {c.Name} {c.DisplayColor}"));
        var audit = await db.AuditEntries.CountAsync();
        var codes = await db.EmailCodes.CountAsync();
        return string.Join('\n', [.. members, .. generations, .. gyms, .. colours, $"audit entries {audit}", $"email codes {codes}"]);
    });

    public static Task<int> AuditCountAsync(ClimbClubApp app, string action) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == action));

    public static Task<ApprovalStatus> StatusOfAsync(ClimbClubApp app, string memberId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == memberId).Select(u => u.ApprovalStatus).SingleAsync());

    /// <summary>The names of the roles the member holds, sorted.</summary>
    public static Task<List<string>> RolesOfAsync(ClimbClubApp app, string memberId) => app.WithDbAsync(async db =>
        (await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == memberId
            select role.Name!).ToListAsync()).Order(StringComparer.Ordinal).ToList());
}

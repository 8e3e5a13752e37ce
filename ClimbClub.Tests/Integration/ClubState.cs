using System.Globalization;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Everything an action could change, written out as text: members (status, activity, roles, security stamp),
/// generations, gyms, colours, screen links, the audit log, the sign-up codes and their tries, the mail sent, sessions and
/// their lines, the schedule and holidays, attendance, challenges and notifications. Two equal snapshots mean nothing
/// was written.
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
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"generation {g.Id} #{g.Number} {g.StartDate:O}..{g.EndDate:O} {g.ScoringRule}"));
        var gyms = (await db.Gyms.AsNoTracking().ToListAsync())
            .OrderBy(g => g.Id)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"gym {g.Id} {g.Name} open={g.IsActive}"));
        var colours = (await db.Colours.AsNoTracking().ToListAsync())
            .OrderBy(c => c.Id)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"colour {c.Id} L{c.Level} {c.Name} {c.DisplayColor} {c.Points} pts"));
        var audit = await db.AuditEntries.CountAsync();
        var screens = (await db.ScreenKeys.AsNoTracking().ToListAsync())
            .OrderBy(k => k.Id)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"screen link {k.Id} {k.Name} revoked {k.RevokedAt:O}"));
        var codes = (await db.EmailCodes.AsNoTracking().ToListAsync())
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"email code {c.Id} {c.Email} tries {c.Attempts} verified {c.VerifiedAt:O} closed {c.ClosedAt:O}"));
        var sessions = (await db.Sessions.AsNoTracking().Include(x => x.Lines).ToListAsync())
            .OrderBy(x => x.Id)
            .Select(x => string.Create(CultureInfo.InvariantCulture,
                $"session {x.Id} {x.MemberId} {x.Date:O} {x.Start}-{x.End} gym {x.GymId} {x.Note} voided {x.VoidReason} lines {string.Join(',', x.Lines.OrderBy(l => l.ColourId).Select(l => $"{l.ColourId}x{l.Count}"))}"));
        var schedule = (await db.RegularSessions.AsNoTracking().ToListAsync())
            .OrderBy(x => x.Id)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"regular {x.Id} {x.GenerationId} {x.Weekday} {x.GymId} {x.Start}"));
        var holidays = (await db.Holidays.AsNoTracking().ToListAsync()).OrderBy(x => x.Id).Select(x => $"holiday {x.Id} {x.Date:O} {x.Name}");
        var attendance = (await db.AttendanceRecords.AsNoTracking().ToListAsync())
            .OrderBy(x => x.Id)
            .Select(x => $"attendance {x.Id} {x.MemberId} {x.WeekStart:O} {x.Status} {x.Source} {x.Reason}");
        var requests = (await db.CheckInRequests.AsNoTracking().ToListAsync()).OrderBy(x => x.Id).Select(x => $"request {x.Id} {x.MemberId} {x.Status} {x.Reason}");
        var challenges = (await db.Challenges.AsNoTracking().ToListAsync())
            .OrderBy(x => x.Id)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"challenge {x.Id} {x.Title} {x.Description} {x.StartDate:O}..{x.EndDate:O} {x.GoalKind} {x.Target} {x.MinLevel} {x.MemberLimit} {x.ClosedAt}"));
        var entries = (await db.ChallengeEntries.AsNoTracking().ToListAsync()).OrderBy(x => x.Id).Select(x => $"entry {x.ChallengeId} {x.MemberId} {x.Progress}");
        var notifications = (await db.Notifications.AsNoTracking().ToListAsync()).OrderBy(x => x.Id).Select(x => $"notification {x.Id} {x.MemberId} {x.Kind} {x.Subject} read {x.ReadAt}");
        var muted = (await db.MutedNotifications.AsNoTracking().ToListAsync()).OrderBy(x => x.MemberId, StringComparer.Ordinal).ThenBy(x => x.Kind).Select(x => $"muted {x.MemberId} {x.Kind}");
        return string.Join('\n', [
            .. members, .. generations, .. gyms, .. colours, .. screens, $"audit entries {audit}", .. codes, $"mails {app.Mail.All().Count}",
            .. sessions, .. schedule, .. holidays, .. attendance, .. requests, .. challenges, .. entries, .. notifications, .. muted]);
    });

    public static Task<int> AuditCountAsync(ClimbClubApp app, string action) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == action));

    public static Task<ApprovalStatus> StatusOfAsync(ClimbClubApp app, string memberId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == memberId).Select(u => u.ApprovalStatus).SingleAsync());

    /// <summary>The member's details as they stand, as the profile and sign-up forms hold them.</summary>
    public static Task<MemberDetails> DetailsOfAsync(ClimbClubApp app, string memberId) => app.WithDbAsync(db => db.Users.Where(u => u.Id == memberId)
        .Select(u => new MemberDetails
        {
            DisplayName = u.DisplayName,
            GenerationId = u.GenerationId,
            HomeGymId = u.HomeGymId,
            LevelColourId = u.LevelColourId,
            Avatar = u.Avatar,
            Introduction = u.Introduction,
        })
        .SingleAsync());

    /// <summary>The names of the roles the member holds, sorted.</summary>
    public static Task<List<string>> RolesOfAsync(ClimbClubApp app, string memberId) => app.WithDbAsync(async db =>
        (await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == memberId
            select role.Name!).ToListAsync()).Order(StringComparer.Ordinal).ToList());
}

using ClimbClub.Core.Attendance;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Attendance;

internal static class AttendanceQueries
{
    /// <summary>The member's records (of one generation, or one week), oldest week first, with the gym of the session checked in at.</summary>
    public static IQueryable<AttendanceView> Records(ClimbClubDbContext db, string memberId, int? generationId = null, DateOnly? weekStart = null) =>
        from r in db.AttendanceRecords.AsNoTracking()
        where r.MemberId == memberId
            && (generationId == null || r.GenerationId == generationId)
            && (weekStart == null || r.WeekStart == weekStart)
        join s in db.RegularSessions on r.RegularSessionId equals s.Id into sessions
        from s in sessions.DefaultIfEmpty()
        join g in db.Gyms on s.GymId equals g.Id into gyms
        from g in gyms.DefaultIfEmpty()
        orderby r.WeekStart
        select new AttendanceView(r.WeekStart, r.WeekNumber, r.Status, r.Source, r.IsAlternate, g == null ? null : g.Name, r.CheckedInAt, r.Reason);

    public static Task<AttendanceView?> WeekAsync(ClimbClubDbContext db, string memberId, DateOnly weekStart, CancellationToken cancellationToken) =>
        Records(db, memberId, weekStart: weekStart).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Each member's tally of a generation, counted by the database.</summary>
    public static async Task<Dictionary<string, AttendanceTally>> TalliesAsync(
        ClimbClubDbContext db, int generationId, string? memberId, CancellationToken cancellationToken)
    {
        var records = db.AttendanceRecords.AsNoTracking().Where(r => r.GenerationId == generationId);
        if (memberId is not null)
        {
            records = records.Where(r => r.MemberId == memberId);
        }

        var counts = await records
            .GroupBy(r => new { r.MemberId, r.Status })
            .Select(g => new { g.Key.MemberId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts
            .GroupBy(c => c.MemberId)
            .ToDictionary(
                m => m.Key,
                m => new AttendanceTally(
                    m.Where(c => c.Status == AttendanceStatus.Present).Sum(c => c.Count),
                    m.Where(c => c.Status == AttendanceStatus.Late).Sum(c => c.Count),
                    m.Where(c => c.Status == AttendanceStatus.Absent).Sum(c => c.Count),
                    m.Where(c => c.Status == AttendanceStatus.Holiday).Sum(c => c.Count)));
    }
}

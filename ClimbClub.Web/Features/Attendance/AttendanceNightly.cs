using System.Diagnostics;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Attendance;

public sealed record NightlyReport(IReadOnlyList<DateOnly> DaysClosed, int RequestsRejected, int AbsencesMarked, int HolidaysRecorded, TimeSpan Duration);

/// <summary>
/// Closes club days: requests still pending at the end of their day are turned down, and when a day ends a generation
/// week, every member without a record for it gets an absence (or a holiday, when every session of the week fell on
/// one). Each day is closed once, in its own transaction, and recorded; a run catches up every day missed since the
/// last one, so nights the app was down are closed at the next start.
/// </summary>
public sealed class AttendanceNightly(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    IOptions<AttendanceOptions> options,
    Notifier<CheckInsChanged> changed,
    IStringLocalizer<AttendanceText> text)
{
    public async Task<NightlyReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var yesterday = calendar.DateOf(time.GetUtcNow()).AddDays(-1);
        DateOnly? lastClosed;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            lastClosed = await db.AttendanceRuns.MaxAsync(r => (DateOnly?)r.Day, cancellationToken);
        }

        var first = lastClosed?.AddDays(1) ?? yesterday;
        var earliest = yesterday.AddDays(1 - options.Value.CatchUpDays);
        if (first < earliest)
        {
            first = earliest;
        }

        var closed = new List<DateOnly>();
        var (rejected, absences, holidays) = (0, 0, 0);
        for (var day = first; day <= yesterday; day = day.AddDays(1))
        {
            if (await CloseAsync(day, cancellationToken) is { } run)
            {
                closed.Add(day);
                (rejected, absences, holidays) = (rejected + run.RequestsRejected, absences + run.AbsencesMarked, holidays + run.HolidaysRecorded);
            }
        }

        if (closed.Count > 0)
        {
            changed.Publish();
        }

        return new NightlyReport(closed, rejected, absences, holidays, clock.Elapsed);
    }

    /// <summary>Closes one day, or does nothing (null) when another run closed it first.</summary>
    private async Task<AttendanceRun?> CloseAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.AttendanceRuns.AnyAsync(r => r.Day == day, cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var run = new AttendanceRun { Day = day, RanAt = now };
        run.RequestsRejected = await db.CheckInRequests
            .Where(r => r.Status == CheckInRequestStatus.Pending && r.Date <= day)
            .ExecuteUpdateAsync(
                u => u.SetProperty(r => r.Status, CheckInRequestStatus.Rejected)
                    .SetProperty(r => r.DecidedAt, now)
                    .SetProperty(r => r.Reason, text["NotDecidedInTime"].Value),
                cancellationToken);

        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var week = ClubWeeks.Of(day, generations);
        if (week.GenerationId is { } generationId && week.End == day)
        {
            var schedule = await db.RegularSessions.AsNoTracking().Where(s => s.GenerationId == generationId).ToListAsync(cancellationToken);
            var offDays = await db.Holidays.AsNoTracking().Where(h => h.Date >= week.Start && h.Date <= week.End).Select(h => h.Date).ToListAsync(cancellationToken);
            var duty = AttendanceRules.DutyOf(week, schedule, offDays);
            if (duty != WeekDuty.None)
            {
                var marked = await MarkMissingAsync(db, week, generationId, duty == WeekDuty.Holiday ? AttendanceStatus.Holiday : AttendanceStatus.Absent, now, cancellationToken);
                (run.AbsencesMarked, run.HolidaysRecorded) = duty == WeekDuty.Holiday ? (0, marked) : (marked, 0);
            }
        }

        db.AttendanceRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>Gives every member who was approved by the end of the week, and has no record for it, a record of <paramref name="status"/>.</summary>
    private async Task<int> MarkMissingAsync(
        ClimbClubDbContext db, ClubWeek week, int generationId, AttendanceStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var weekEnded = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(week.End.AddDays(1).ToDateTime(TimeOnly.MinValue), calendar.Zone), TimeSpan.Zero);
        var missing = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved && (u.DecidedAt == null || u.DecidedAt < weekEnded))
            .Where(u => !db.AttendanceRecords.Any(r => r.MemberId == u.Id && r.WeekStart == week.Start))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        db.AttendanceRecords.AddRange(missing.Select(memberId => new AttendanceRecord
        {
            MemberId = memberId,
            GenerationId = generationId,
            WeekNumber = week.Number,
            WeekStart = week.Start,
            Status = status,
            Source = AttendanceSource.Nightly,
            RecordedAt = now,
        }));
        return missing.Count;
    }
}

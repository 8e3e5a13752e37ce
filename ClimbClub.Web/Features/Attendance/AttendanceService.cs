using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Attendance;

public sealed record MemberRate(string MemberId, string DisplayName, string Avatar, AttendanceTally Tally);

public sealed record GenerationRates(IReadOnlyList<Generation> Generations, Generation Generation, IReadOnlyList<MemberRate> Members);

/// <summary>One member's attendance in a generation: every recorded week, the tally, and the weeks an officer may correct.</summary>
public sealed record MemberAttendance(
    string MemberId,
    string DisplayName,
    Generation Generation,
    IReadOnlyList<AttendanceView> Weeks,
    AttendanceTally Tally,
    int AlternatesUsed,
    IReadOnlyList<ClubWeek> CorrectableWeeks);

/// <summary>Attendance records and rates: officers see everyone's and correct them; a member sees their own.</summary>
public sealed class AttendanceService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    AttendanceCorrectionValidator correctionValidator,
    AuditLog audit,
    IStringLocalizer<AttendanceText> text)
{
    public async Task<Outcome<GenerationRates>> RatesAsync(ClaimsPrincipal who, int? generationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken) is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
        }

        var (generations, generation) = await GenerationAsync(db, generationId, cancellationToken);
        if (generation is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NoSuchGeneration"]);
        }

        var tallies = await AttendanceQueries.TalliesAsync(db, generation.Id, null, cancellationToken);
        var members = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved)
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Avatar })
            .ToListAsync(cancellationToken);
        return Outcome.Success(new GenerationRates(
            generations,
            generation,
            members.Select(m => new MemberRate(m.Id, m.DisplayName, m.Avatar, tallies.GetValueOrDefault(m.Id) ?? new AttendanceTally(0, 0, 0, 0))).ToList()));
    }

    /// <summary>A member's attendance; officers may read anyone's, a member only their own.</summary>
    public async Task<Outcome<MemberAttendance>> MemberAsync(
        ClaimsPrincipal who, string memberId, int? generationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null || (actor.Id != memberId && !actor.IsAtLeast(ClubRole.Officer)))
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OwnAttendanceOnly"]);
        }

        var member = await db.Users.AsNoTracking()
            .Where(u => u.Id == memberId && u.ApprovalStatus == ApprovalStatus.Approved)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        var (generations, generation) = await GenerationAsync(db, generationId, cancellationToken);
        if (member is null || generation is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text[member is null ? "NoSuchMember" : "NoSuchGeneration"]);
        }

        var weeks = await AttendanceQueries.Records(db, memberId, generation.Id).ToListAsync(cancellationToken);
        var alternates = await db.AttendanceRecords.CountAsync(r => r.MemberId == memberId && r.GenerationId == generation.Id && r.IsAlternate, cancellationToken);
        var today = calendar.DateOf(time.GetUtcNow());
        var lastDay = generation.EndDate < today ? generation.EndDate : today;
        var correctable = generation.StartDate <= lastDay ? ClubWeeks.Between(generation.StartDate, lastDay, generations) : [];
        return Outcome.Success(new MemberAttendance(
            member.Id, member.DisplayName, generation, weeks, AttendanceTally.Of(weeks.Select(w => w.Status)), alternates, correctable));
    }

    /// <summary>An officer sets a member's week by hand, with a reason that goes to the audit log.</summary>
    public async Task<Outcome> CorrectAsync(ClaimsPrincipal who, string memberId, AttendanceCorrection correction, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (officer is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
        }

        if (correctionValidator.Check(correction) is { Count: > 0 } errors)
        {
            return Outcome.Invalid(errors);
        }

        var member = await db.Users.AsNoTracking()
            .Where(u => u.Id == memberId && u.ApprovalStatus == ApprovalStatus.Approved)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NoSuchMember"]);
        }

        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var weekStart = correction.WeekStart!.Value;
        var week = ClubWeeks.Of(weekStart, generations);
        var generation = generations.FirstOrDefault(g => g.Id == week.GenerationId);
        if (generation is null || week.Start != weekStart)
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["NotAGenerationWeek"], nameof(AttendanceCorrection.WeekStart));
        }

        if (week.Start > calendar.DateOf(time.GetUtcNow()))
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["WeekNotStarted"], nameof(AttendanceCorrection.WeekStart));
        }

        var reason = correction.Reason!.Trim();
        var record = await db.AttendanceRecords.SingleOrDefaultAsync(r => r.MemberId == memberId && r.WeekStart == weekStart, cancellationToken);
        var was = record?.Status;
        if (record is null)
        {
            record = new AttendanceRecord { MemberId = memberId, GenerationId = generation.Id, WeekNumber = week.Number, WeekStart = week.Start };
            db.AttendanceRecords.Add(record);
        }

        record.Status = correction.Status;
        record.Source = AttendanceSource.Correction;
        record.Reason = reason;
        record.RecordedAt = time.GetUtcNow();
        record.RecordedById = officer.Id;
        var before = was is null ? text["NoRecord"] : StatusName(was.Value);
        audit.Record(
            db, officer, AuditActions.AttendanceCorrected, "member", memberId,
            text["AuditCorrected", member.DisplayName, Formats.Generation(generation.Number), week.Number, before, StatusName(correction.Status), reason]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A check-in landed for the same week between the read and the write: the officer sees it and decides again.
            return Outcome.Fail(OutcomeKind.Conflict, text["WeekChangedMeanwhile"]);
        }

        return Outcome.Ok;
    }

    private string StatusName(AttendanceStatus status) => text[$"Status{status}"];

    private async Task<(List<Generation> All, Generation? Chosen)> GenerationAsync(ClimbClubDbContext db, int? generationId, CancellationToken cancellationToken)
    {
        var generations = await db.Generations.AsNoTracking().OrderByDescending(g => g.Number).ToListAsync(cancellationToken);
        return (generations, Generations.Chosen(generations, generationId, calendar.DateOf(time.GetUtcNow())));
    }
}

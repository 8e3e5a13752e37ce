using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Attendance;

public sealed record ScheduledSession(int Id, DayOfWeek Weekday, int GymId, string Gym, TimeOnly Start);

/// <summary>A generation's weekly sessions and the holidays inside it, with what the forms offer.</summary>
public sealed record GenerationSchedule(
    IReadOnlyList<Generation> Generations,
    Generation Generation,
    IReadOnlyList<ScheduledSession> Sessions,
    IReadOnlyList<Holiday> Holidays,
    IReadOnlyList<Gym> Gyms);

/// <summary>Officers keep the weekly schedule of each generation and the club's holidays. Every change is audited.</summary>
public sealed class ScheduleService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    RegularSessionInputValidator sessionValidator,
    HolidayInputValidator holidayValidator,
    AuditLog audit,
    Notifier<CheckInsChanged> changed,
    IStringLocalizer<AttendanceText> text)
{
    /// <summary>The schedule of <paramref name="generationId"/>, or of the current (else latest) generation.</summary>
    public async Task<Outcome<GenerationSchedule>> ForAsync(ClaimsPrincipal who, int? generationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken) is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
        }

        var generations = await db.Generations.AsNoTracking().OrderByDescending(g => g.Number).ToListAsync(cancellationToken);
        var generation = Generations.Chosen(generations, generationId, calendar.DateOf(time.GetUtcNow()));
        if (generation is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NoSuchGeneration"]);
        }

        var sessions = await (
            from s in db.RegularSessions.AsNoTracking()
            where s.GenerationId == generation.Id
            join gym in db.Gyms on s.GymId equals gym.Id
            select new ScheduledSession(s.Id, s.Weekday, s.GymId, gym.Name, s.Start))
            .ToListAsync(cancellationToken);
        var holidays = await db.Holidays.AsNoTracking()
            .Where(h => h.Date >= generation.StartDate && h.Date <= generation.EndDate)
            .OrderBy(h => h.Date)
            .ToListAsync(cancellationToken);
        var gyms = await db.Gyms.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        return Outcome.Success(new GenerationSchedule(
            generations, generation, sessions.OrderBy(s => WeekdayOrder(s.Weekday)).ThenBy(s => s.Start).ToList(), holidays, gyms));
    }

    public Task<Outcome<int>> AddSessionAsync(ClaimsPrincipal who, RegularSessionInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync<int>(who, async (db, officer) =>
        {
            if (await CheckAsync(db, input, null, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            var session = new RegularSession { GenerationId = input.GenerationId, Weekday = input.Weekday, GymId = input.GymId, Start = input.Start!.Value };
            db.RegularSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(db, officer, AuditActions.ScheduleChanged, "regular-session", Id(session.Id), text["AuditSessionAdded", await AuditArgumentsAsync(db, input, cancellationToken)]);
            return Outcome.Success(session.Id);
        }, cancellationToken);

    public Task<Outcome<int>> UpdateSessionAsync(ClaimsPrincipal who, int id, RegularSessionInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync<int>(who, async (db, officer) =>
        {
            var session = await db.RegularSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["ScheduleSessionNotFound"]);
            }

            if (session.GenerationId != input.GenerationId)
            {
                return Outcome.Fail(OutcomeKind.Invalid, text["ScheduleStaysInItsGeneration"], nameof(RegularSessionInput.GenerationId));
            }

            if (await CheckAsync(db, input, id, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            (session.Weekday, session.GymId, session.Start) = (input.Weekday, input.GymId, input.Start!.Value);
            audit.Record(db, officer, AuditActions.ScheduleChanged, "regular-session", Id(id), text["AuditSessionChanged", await AuditArgumentsAsync(db, input, cancellationToken)]);
            return Outcome.Success(id);
        }, cancellationToken);

    /// <summary>Removes a weekly session; check-ins already recorded at it stay, without the session.</summary>
    public Task<Outcome<int>> DeleteSessionAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync<int>(who, async (db, officer) =>
        {
            var session = await db.RegularSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["ScheduleSessionNotFound"]);
            }

            var input = new RegularSessionInput { GenerationId = session.GenerationId, Weekday = session.Weekday, GymId = session.GymId, Start = session.Start };
            db.RegularSessions.Remove(session);
            audit.Record(db, officer, AuditActions.ScheduleChanged, "regular-session", Id(id), text["AuditSessionRemoved", await AuditArgumentsAsync(db, input, cancellationToken)]);
            return Outcome.Success(id);
        }, cancellationToken);

    public Task<Outcome<int>> AddHolidayAsync(ClaimsPrincipal who, HolidayInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync<int>(who, async (db, officer) =>
        {
            if (holidayValidator.Check(input) is { Count: > 0 } errors)
            {
                return Outcome.Invalid(errors);
            }

            var date = input.Date!.Value;
            if (await db.Holidays.AnyAsync(h => h.Date == date, cancellationToken))
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["HolidayExists", Formats.Date(date)], nameof(HolidayInput.Date));
            }

            var holiday = new Holiday { Date = date, Name = input.Name.Trim() };
            db.Holidays.Add(holiday);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(db, officer, AuditActions.HolidayChanged, "holiday", Id(holiday.Id), text["AuditHolidayAdded", Formats.Date(date), holiday.Name]);
            return Outcome.Success(holiday.Id);
        }, cancellationToken);

    public Task<Outcome<int>> DeleteHolidayAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync<int>(who, async (db, officer) =>
        {
            var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
            if (holiday is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["HolidayNotFound"]);
            }

            db.Holidays.Remove(holiday);
            audit.Record(db, officer, AuditActions.HolidayChanged, "holiday", Id(id), text["AuditHolidayRemoved", Formats.Date(holiday.Date), holiday.Name]);
            return Outcome.Success(id);
        }, cancellationToken);

    /// <summary>Monday first, as the club's week reads on a schedule.</summary>
    public static int WeekdayOrder(DayOfWeek day) => ((int)day + 6) % 7;

    private async Task<Outcome?> CheckAsync(ClimbClubDbContext db, RegularSessionInput input, int? id, CancellationToken cancellationToken)
    {
        if (sessionValidator.Check(input) is { Count: > 0 } errors)
        {
            return Outcome.Invalid(errors);
        }

        if (!await db.Generations.AnyAsync(g => g.Id == input.GenerationId, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NoSuchGeneration"], nameof(RegularSessionInput.GenerationId));
        }

        if (!await db.Gyms.AnyAsync(g => g.Id == input.GymId && g.IsActive, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["ScheduleGymClosed"], nameof(RegularSessionInput.GymId));
        }

        if (await db.RegularSessions.AnyAsync(
                s => s.Id != id && s.GenerationId == input.GenerationId && s.Weekday == input.Weekday && s.GymId == input.GymId, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["ScheduleSessionExists"], nameof(RegularSessionInput.Weekday));
        }

        return null;
    }

    /// <summary>Generation, weekday, gym and start time, as an audit summary names a session in the officer's language.</summary>
    private static async Task<object[]> AuditArgumentsAsync(ClimbClubDbContext db, RegularSessionInput input, CancellationToken cancellationToken)
    {
        var generation = await db.Generations.Where(g => g.Id == input.GenerationId).Select(g => g.Number).SingleAsync(cancellationToken);
        var gym = await db.Gyms.Where(g => g.Id == input.GymId).Select(g => g.Name).SingleAsync(cancellationToken);
        return [Formats.Generation(generation), CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(input.Weekday), gym, Formats.Time(input.Start!.Value)];
    }

    /// <summary>One officer change: the caller checked first, then saved and committed only when it succeeds.</summary>
    private async Task<Outcome<T>> ChangeAsync<T>(
        ClaimsPrincipal who, Func<ClimbClubDbContext, ClubActor, Task<Outcome<T>>> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var officer = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (officer is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
        }

        var outcome = await change(db, officer);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            changed.Publish();
        }

        return outcome;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

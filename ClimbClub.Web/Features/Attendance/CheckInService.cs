using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Attendance;

/// <summary>The signal that a check-in or a request changed: screens and officer queues re-read.</summary>
public sealed record CheckInsChanged;

/// <summary>A week's attendance as the member and officers read it.</summary>
public sealed record AttendanceView(
    DateOnly WeekStart, int WeekNumber, AttendanceStatus Status, AttendanceSource Source, bool IsAlternate, string? Gym, DateTimeOffset? CheckedInAt, string? Reason);

/// <summary>A request as the member who made it sees it.</summary>
public sealed record MyRequest(long Id, DateOnly Date, string Gym, TimeOnly Start, CheckInRequestStatus Status, string? Reason);

/// <summary>What the check-in page shows a member: today's sessions and where they stand this week.</summary>
public sealed record MyCheckIn(
    DateOnly Today,
    int? GenerationNumber,
    int? WeekNumber,
    IReadOnlyList<DaySession> Sessions,
    bool IsHoliday,
    AttendanceView? ThisWeek,
    MyRequest? Request,
    int AlternatesUsed);

/// <summary>A request waiting for an officer.</summary>
public sealed record PendingRequest(
    long Id, string MemberId, string DisplayName, string Avatar, DateOnly Date, string Gym, TimeOnly Start, DateTimeOffset RequestedAt, bool IsAlternate, AttendanceStatus WouldBe);

/// <summary>
/// Members checking in at today's regular session, by the code on the gym screen (recorded at once) or by a request
/// an officer decides. One record per member and generation week; at most two at other gyms than the home gym per
/// generation. Every call re-checks who is asking in the database.
/// </summary>
public sealed class CheckInService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    CheckInCodes codes,
    CheckInAttempts attempts,
    ClubCalendar calendar,
    TimeProvider time,
    CheckInRejectionValidator rejectionValidator,
    Notifier<CheckInsChanged> changed,
    NotificationSender notifications,
    IStringLocalizer<AttendanceText> text)
{
    public async Task<Outcome<MyCheckIn>> MineAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var day = await ClubDay.ReadAsync(db, Today(), cancellationToken);
        var thisWeek = day.Generation is null ? null : await AttendanceQueries.WeekAsync(db, actor.Id, day.Week.Start, cancellationToken);
        var request = await (
            from r in db.CheckInRequests.AsNoTracking()
            where r.MemberId == actor.Id && r.Date >= day.Week.Start && r.Date <= day.Week.End
            join s in db.RegularSessions on r.RegularSessionId equals s.Id
            join gym in db.Gyms on s.GymId equals gym.Id
            orderby r.RequestedAt descending
            select new MyRequest(r.Id, r.Date, gym.Name, s.Start, r.Status, r.Reason))
            .FirstOrDefaultAsync(cancellationToken);
        var alternates = day.Generation is null ? 0 : await AlternatesAsync(db, actor.Id, day.Generation.Id, cancellationToken);
        return Outcome.Success(new MyCheckIn(
            day.Date, day.Generation?.Number, day.Generation is null ? null : day.Week.Number, day.Sessions, day.IsHoliday, thisWeek, request, alternates));
    }

    /// <summary>
    /// A code for each of today's sessions that is open for check-in; no code before a session opens. Only for the gym
    /// screen, which checks its viewer first.
    /// </summary>
    internal async Task<IReadOnlyList<(DaySession Session, string Code)>> CodesForTodayAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = ClubNow();
        var day = await ClubDay.ReadAsync(db, DateOnly.FromDateTime(now.DateTime), cancellationToken);
        return day.Sessions
            .Where(s => AttendanceRules.IsOpen(s.Start, TimeOnly.FromDateTime(now.DateTime)))
            .Select(s => (s, codes.Issue(s.Id, day.Date)))
            .ToList();
    }

    /// <summary>Checks the member in with a code from the gym screen: present or late at once.</summary>
    public async Task<Outcome<AttendanceView>> CheckInWithCodeAsync(ClaimsPrincipal who, string? code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        // Every try counts, right or wrong, so a member cannot run through guessed codes.
        if (!attempts.TryTake(actor.Id))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["CheckInTooManyAttempts"]);
        }

        var read = codes.Read(code);
        var now = time.GetUtcNow();
        if (read is null || read.IssuedAt > now.AddMinutes(1))
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["CodeNotValid"]);
        }

        var day = await ClubDay.ReadAsync(db, Today(), cancellationToken);
        if (now - read.IssuedAt > codes.Lifetime || read.Date != day.Date)
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["CodeExpired"]);
        }

        var session = day.Sessions.FirstOrDefault(s => s.Id == read.RegularSessionId);
        if (session is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NoSuchSessionToday"]);
        }

        var outcome = await RecordAsync(db, actor.Id, day, session, now, AttendanceSource.QrCode, recordedBy: null, CheckInCodes.Fingerprint(code!), cancellationToken);
        if (outcome.Succeeded)
        {
            await db.CheckInRequests
                .Where(r => r.MemberId == actor.Id && r.Status == CheckInRequestStatus.Pending && r.Date >= day.Week.Start && r.Date <= day.Week.End)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, CheckInRequestStatus.Approved).SetProperty(r => r.DecidedAt, now), cancellationToken);
            changed.Publish();
        }

        return outcome;
    }

    /// <summary>Asks an officer to record the member at one of today's sessions; the request waits until the end of the day.</summary>
    public async Task<Outcome<long>> RequestAsync(ClaimsPrincipal who, int regularSessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var now = ClubNow();
        var day = await ClubDay.ReadAsync(db, DateOnly.FromDateTime(now.DateTime), cancellationToken);
        var session = day.Sessions.FirstOrDefault(s => s.Id == regularSessionId);
        if (session is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NoSuchSessionToday"]);
        }

        if (!AttendanceRules.IsOpen(session.Start, TimeOnly.FromDateTime(now.DateTime)))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["NotOpenYet", Formats.Time(session.Start.Add(-AttendanceRules.OpensBefore))]);
        }

        if (await WhyNotAsync(db, actor.Id, await HomeGymAsync(db, actor.Id, cancellationToken), day, session, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await db.CheckInRequests.AnyAsync(
                r => r.MemberId == actor.Id && r.Status == CheckInRequestStatus.Pending && r.Date >= day.Week.Start && r.Date <= day.Week.End,
                cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["AlreadyRequested"]);
        }

        var request = new CheckInRequest
        {
            MemberId = actor.Id,
            RegularSessionId = session.Id,
            Date = day.Date,
            RequestedAt = time.GetUtcNow(),
            Status = CheckInRequestStatus.Pending,
        };
        db.CheckInRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        changed.Publish();
        return Outcome.Success(request.Id);
    }

    /// <summary>How many requests wait for an officer; 0 for anyone who is not one.</summary>
    public async Task<int> CountPendingAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken) is null
            ? 0
            : await db.CheckInRequests.CountAsync(r => r.Status == CheckInRequestStatus.Pending, cancellationToken);
    }

    public async Task<Outcome<IReadOnlyList<PendingRequest>>> PendingAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken) is null)
        {
            return OfficersOnly();
        }

        var rows = await (
            from r in db.CheckInRequests.AsNoTracking()
            where r.Status == CheckInRequestStatus.Pending
            join m in db.Users on r.MemberId equals m.Id
            join s in db.RegularSessions on r.RegularSessionId equals s.Id
            join gym in db.Gyms on s.GymId equals gym.Id
            orderby r.RequestedAt
            select new { r.Id, r.MemberId, m.DisplayName, m.Avatar, m.HomeGymId, r.Date, Gym = gym.Name, s.GymId, s.Start, r.RequestedAt })
            .ToListAsync(cancellationToken);
        return Outcome.Success<IReadOnlyList<PendingRequest>>(rows
            .Select(r => new PendingRequest(
                r.Id, r.MemberId, r.DisplayName, r.Avatar, r.Date, r.Gym, r.Start, r.RequestedAt,
                AttendanceRules.IsAlternate(r.GymId, r.HomeGymId),
                AttendanceRules.StatusAt(r.Start, TimeOnly.FromDateTime(calendar.ToClubTime(r.RequestedAt).DateTime))))
            .ToList());
    }

    /// <summary>An officer approves a request (present or late by when it was made) or turns it down; never their own.</summary>
    public async Task<Outcome> DecideAsync(
        ClaimsPrincipal who, long requestId, bool approve, CheckInRejection? rejection = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (officer is null)
        {
            return OfficersOnly();
        }

        var reason = rejection?.Reason?.Trim();
        if (!approve && rejection is not null && rejectionValidator.Check(rejection) is { Count: > 0 } errors)
        {
            return Outcome.Invalid(errors);
        }

        // The record and the decision are saved together, or neither is.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.CheckInRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["RequestNotFound"]);
        }

        if (request.MemberId == officer.Id)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["NotYourOwnRequest"]);
        }

        if (request.Status != CheckInRequestStatus.Pending)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["RequestAlreadyDecided"]);
        }

        var now = time.GetUtcNow();
        if (approve)
        {
            var day = await ClubDay.ReadAsync(db, request.Date, cancellationToken);
            var session = day.Sessions.FirstOrDefault(s => s.Id == request.RegularSessionId);
            if (session is null)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["SessionNoLongerHeld"]);
            }

            var recorded = await RecordAsync(db, request.MemberId, day, session, request.RequestedAt, AttendanceSource.Request, officer.Id, null, cancellationToken);
            if (!recorded.Succeeded)
            {
                return recorded.ToOutcome();
            }
        }

        request.Status = approve ? CheckInRequestStatus.Approved : CheckInRequestStatus.Rejected;
        request.DecidedAt = now;
        request.DecidedById = officer.Id;
        request.Reason = approve || string.IsNullOrEmpty(reason) ? null : reason;
        var told = await notifications.AddAsync(
            db, request.MemberId, approve ? NotificationKind.CheckInApproved : NotificationKind.CheckInRejected,
            NotificationSender.DateSubject(request.Date), request.Reason, "checkin", cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (told)
        {
            notifications.Announce(request.MemberId);
        }

        changed.Publish();
        return Outcome.Ok;
    }

    /// <summary>
    /// Writes the member's record for the week of <paramref name="day"/>, or says why not. The unique index on member
    /// and week settles a race between two check-ins: the loser is told they are already checked in.
    /// </summary>
    private async Task<Outcome<AttendanceView>> RecordAsync(
        ClimbClubDbContext db, string memberId, ClubDay day, DaySession session, DateTimeOffset at, AttendanceSource source,
        string? recordedBy, string? fingerprint, CancellationToken cancellationToken)
    {
        if (fingerprint is not null && await db.AttendanceRecords.AnyAsync(
                r => r.MemberId == memberId && r.CodeFingerprint == fingerprint, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["CodeAlreadyUsed"]);
        }

        var homeGymId = await HomeGymAsync(db, memberId, cancellationToken);
        if (await WhyNotAsync(db, memberId, homeGymId, day, session, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var record = new AttendanceRecord
        {
            MemberId = memberId,
            GenerationId = day.Generation!.Id,
            WeekNumber = day.Week.Number,
            WeekStart = day.Week.Start,
            Status = AttendanceRules.StatusAt(session.Start, TimeOnly.FromDateTime(calendar.ToClubTime(at).DateTime)),
            Source = source,
            IsAlternate = AttendanceRules.IsAlternate(session.GymId, homeGymId),
            RegularSessionId = session.Id,
            SessionDate = day.Date,
            CheckedInAt = at,
            RecordedAt = time.GetUtcNow(),
            RecordedById = recordedBy,
            CodeFingerprint = fingerprint,
        };
        db.AttendanceRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(record).State = EntityState.Detached;
            return Outcome.Fail(OutcomeKind.Conflict, text["AlreadyCheckedIn"]);
        }

        return Outcome.Success(new AttendanceView(
            record.WeekStart, record.WeekNumber, record.Status, record.Source, record.IsAlternate, session.Gym, record.CheckedInAt, null));
    }

    /// <summary>Why the member cannot be recorded at this session this week, or null if they can.</summary>
    private async Task<Outcome?> WhyNotAsync(
        ClimbClubDbContext db, string memberId, int homeGymId, ClubDay day, DaySession session, CancellationToken cancellationToken)
    {
        if (await db.AttendanceRecords.AnyAsync(r => r.MemberId == memberId && r.WeekStart == day.Week.Start, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["AlreadyCheckedIn"]);
        }

        if (AttendanceRules.IsAlternate(session.GymId, homeGymId)
            && !AttendanceRules.AllowsAnotherAlternate(await AlternatesAsync(db, memberId, day.Generation!.Id, cancellationToken)))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["NoAlternatesLeft", AttendanceRules.AlternatesPerGeneration]);
        }

        return null;
    }

    private static Task<int> HomeGymAsync(ClimbClubDbContext db, string memberId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == memberId).Select(u => u.HomeGymId).SingleAsync(cancellationToken);

    private static Task<int> AlternatesAsync(ClimbClubDbContext db, string memberId, int generationId, CancellationToken cancellationToken) =>
        db.AttendanceRecords.CountAsync(r => r.MemberId == memberId && r.GenerationId == generationId && r.IsAlternate, cancellationToken);

    private DateTimeOffset ClubNow() => calendar.ToClubTime(time.GetUtcNow());

    private DateOnly Today() => calendar.DateOf(time.GetUtcNow());

    private Outcome MembersOnly() => Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);

    private Outcome OfficersOnly() => Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
}

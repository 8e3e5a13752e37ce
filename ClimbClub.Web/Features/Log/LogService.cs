using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Scoring;
using ClimbClub.Core.Time;
using ClimbClub.Core.Validation;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Log;

/// <summary>Everything the log form needs to offer choices and preview points without a query per keystroke.</summary>
public sealed record LogContext(
    IReadOnlyList<Gym> Gyms,
    IReadOnlyList<DifficultyColour> Colours,
    IReadOnlyList<Generation> Generations,
    int MemberLevel,
    DateOnly Today,
    int HomeGymId);

/// <summary>The points a session would earn, the rule behind them, and whether it still counts for rankings.</summary>
public sealed record ScorePreview(SessionScore Score, ClubWeek? Week, bool CountsForRankings);

public sealed record LineView(int ColourId, string Colour, string Color, int Count, decimal PointsEach, decimal Points, LineBasis Basis);

public sealed record SessionView(
    long Id,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string Gym,
    IReadOnlyList<LineView> Lines,
    decimal Points,
    ScoringRuleKind Rule,
    string? Note,
    string? VoidReason,
    bool CountsForRankings)
{
    public bool IsVoided => VoidReason is not null;

    public int Minutes => (int)(End - Start).TotalMinutes;

    public int Problems => Lines.Sum(l => l.Count);
}

public sealed record SessionWeek(ClubWeek Week, int? GenerationNumber, IReadOnlyList<SessionView> Sessions)
{
    public decimal Points => Sessions.Where(s => !s.IsVoided).Sum(s => s.Points);
}

public sealed record SessionPage(IReadOnlyList<SessionWeek> Weeks, int Total);

/// <summary>One of the member's sessions as the edit form needs it: the stored level scores the preview, and the gym is
/// kept even if it has closed since.</summary>
public sealed record SessionForEdit(SessionInput Input, int MemberLevel, string? VoidReason, Gym Gym);

/// <summary>A session as an officer reviews it: with its owner, for voiding.</summary>
public sealed record ReviewRow(SessionView Session, string MemberId, string MemberName, string Avatar);

/// <summary>
/// A member's own log: add, edit, delete and list sessions. Only the owner reads or changes a session; officers
/// may void (and restore) one with a reason. Scores come from the rules in Core, never from pages.
/// </summary>
public sealed class LogService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    IStringLocalizer<ValidationText> validationText,
    VoidInputValidator voidValidator,
    Audit.AuditLog audit,
    NotificationSender notifications,
    IStringLocalizer<LogText> text)
{
    public async Task<Outcome<LogContext>> ContextAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return NotAMember();
        }

        var homeGymId = await db.Users.Where(u => u.Id == actor.Id).Select(u => u.HomeGymId).SingleAsync(cancellationToken);
        return Outcome.Success(new LogContext(
            await db.Gyms.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.Name).ToListAsync(cancellationToken),
            await db.Colours.AsNoTracking().OrderBy(c => c.Level).ToListAsync(cancellationToken),
            await db.Generations.AsNoTracking().OrderBy(g => g.Number).ToListAsync(cancellationToken),
            await LevelOfAsync(db, actor.Id, cancellationToken),
            calendar.DateOf(time.GetUtcNow()),
            homeGymId));
    }

    /// <summary>Scores what the form holds so far; rows without a colour or with a count out of range are skipped.</summary>
    public static ScorePreview Preview(LogContext context, SessionInput input, int? memberLevel = null)
    {
        var levels = context.Colours.ToDictionary(c => c.Id, c => c.Level);
        var week = input.Date is { } date ? ClubWeeks.Of(date, context.Generations) : null;
        var rule = RuleFor(week, context.Generations, context.Colours.ToDictionary(c => c.Id, c => c.Points));
        var lines = input.Lines
            .Where(l => levels.ContainsKey(l.ColourId) && l.Count is >= SessionInput.MinCount and <= SessionInput.MaxCount)
            .Select(l => new ScoredLine(l.ColourId, levels[l.ColourId], l.Count));
        return new ScorePreview(rule.Score(memberLevel ?? context.MemberLevel, lines), week, week is null || !week.IsFrozenOn(context.Today));
    }

    public async Task<Outcome<long>> AddAsync(ClaimsPrincipal who, SessionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return NotAMember();
        }

        var refusal = await CheckAsync(db, actor.Id, input, exceptId: null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var levels = await db.Colours.ToDictionaryAsync(c => c.Id, c => c.Level, cancellationToken);
        var session = new Session
        {
            MemberId = actor.Id,
            MemberLevel = await LevelOfAsync(db, actor.Id, cancellationToken),
            CreatedAt = now,
        };
        Apply(input, session, levels, now);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Success(session.Id);
    }

    public async Task<Outcome> UpdateAsync(ClaimsPrincipal who, long id, SessionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return NotAMember();
        }

        var session = await db.Sessions.Include(s => s.Lines).SingleOrDefaultAsync(s => s.Id == id && s.MemberId == actor.Id, cancellationToken);
        if (session is null)
        {
            return NotYours();
        }

        if (session.IsVoided)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["VoidedCannotChange", session.VoidReason!]);
        }

        var refusal = await CheckAsync(db, actor.Id, input, id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        db.SessionLines.RemoveRange(session.Lines);
        session.Lines = [];
        Apply(input, session, await db.Colours.ToDictionaryAsync(c => c.Id, c => c.Level, cancellationToken), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok;
    }

    public async Task<Outcome> DeleteAsync(ClaimsPrincipal who, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return NotAMember();
        }

        var deleted = await db.Sessions.Where(s => s.Id == id && s.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? Outcome.Ok : NotYours();
    }

    /// <summary>One of the caller's own sessions as the edit form shows it.</summary>
    public async Task<Outcome<SessionForEdit>> ForEditAsync(
        ClaimsPrincipal who, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return NotAMember();
        }

        var session = await db.Sessions.AsNoTracking().Include(s => s.Lines)
            .SingleOrDefaultAsync(s => s.Id == id && s.MemberId == actor.Id, cancellationToken);
        if (session is null)
        {
            return NotYours();
        }

        var input = new SessionInput
        {
            Date = session.Date,
            Start = session.Start,
            End = session.End,
            GymId = session.GymId,
            Note = session.Note,
            Lines = session.Lines.OrderBy(l => l.ColourLevel).Select(l => new SessionLineInput { ColourId = l.ColourId, Count = l.Count }).ToList(),
        };
        var gym = await db.Gyms.AsNoTracking().SingleAsync(g => g.Id == session.GymId, cancellationToken);
        return Outcome.Success(new SessionForEdit(input, session.MemberLevel, session.VoidReason, gym));
    }

    /// <summary>The caller's sessions, newest first, <paramref name="pageSize"/> at a time, grouped by week.</summary>
    public async Task<Outcome<SessionPage>> MineAsync(ClaimsPrincipal who, int skip, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return NotAMember();
        }

        var mine = db.Sessions.AsNoTracking().Where(s => s.MemberId == actor.Id);
        var total = await mine.CountAsync(cancellationToken);
        var sessions = await mine.OrderByDescending(s => s.Date).ThenByDescending(s => s.Start)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(pageSize, 1, 100))
            .Include(s => s.Lines)
            .ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, sessions, cancellationToken);
        var generations = views.Generations;
        var weeks = sessions
            .Select(s => (Session: s, Week: ClubWeeks.Of(s.Date, generations)))
            .GroupBy(x => x.Week)
            .Select(g => new SessionWeek(
                g.Key,
                generations.FirstOrDefault(gen => gen.Id == g.Key.GenerationId)?.Number,
                g.Select(x => views.ById[x.Session.Id]).ToList()))
            .ToList();
        return Outcome.Success(new SessionPage(weeks, total));
    }

    /// <summary>Recent sessions of every member, highest scores first, for officers looking for suspicious ones.</summary>
    public async Task<Outcome<IReadOnlyList<ReviewRow>>> ReviewAsync(ClaimsPrincipal who, int days, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken) is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
        }

        var since = calendar.DateOf(time.GetUtcNow()).AddDays(-Math.Clamp(days, 1, 60));
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Lines)
            .Where(s => s.Date >= since)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Start)
            .Take(500)
            .ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, sessions, cancellationToken);
        var ownerIds = sessions.Select(s => s.MemberId).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.DisplayName, u.Avatar }, cancellationToken);
        IReadOnlyList<ReviewRow> rows = sessions
            .Select(s => new ReviewRow(views.ById[s.Id], s.MemberId, owners[s.MemberId].DisplayName, owners[s.MemberId].Avatar))
            .OrderByDescending(r => r.Session.Points)
            .ToList();
        return Outcome.Success(rows);
    }

    public async Task<Outcome> VoidAsync(ClaimsPrincipal who, long id, VoidInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (actor is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
        }

        var errors = voidValidator.Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["SessionNotFound"]);
        }

        if (session.IsVoided)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["AlreadyVoided"]);
        }

        var owner = await db.Users.Where(u => u.Id == session.MemberId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        session.VoidedAt = time.GetUtcNow();
        session.VoidedById = actor.Id;
        session.VoidReason = input.Reason!.Trim();
        audit.Record(db, actor, Audit.AuditActions.SessionVoided, "session", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            text["AuditVoided", owner, Formats.Date(session.Date), session.VoidReason]);
        var told = await notifications.AddAsync(
            db, session.MemberId, NotificationKind.SessionVoided, NotificationSender.DateSubject(session.Date), session.VoidReason, "log", cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (told)
        {
            notifications.Announce(session.MemberId);
        }

        return Outcome.Ok;
    }

    public async Task<Outcome> RestoreAsync(ClaimsPrincipal who, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (actor is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);
        }

        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id && s.VoidedAt != null, cancellationToken);
        if (session is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["SessionNotFound"]);
        }

        var owner = await db.Users.Where(u => u.Id == session.MemberId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        session.VoidedAt = null;
        session.VoidedById = null;
        session.VoidReason = null;
        audit.Record(db, actor, Audit.AuditActions.SessionRestored, "session", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            text["AuditRestored", owner, Formats.Date(session.Date)]);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    /// <summary>
    /// The session's own rules (with "now" in club time), then the gym (open, or the one an edited session already
    /// has), the colours and the member's other sessions.
    /// </summary>
    private async Task<Outcome?> CheckAsync(ClimbClubDbContext db, string memberId, SessionInput input, long? exceptId, CancellationToken cancellationToken)
    {
        var clubNow = calendar.ToClubTime(time.GetUtcNow()).DateTime;
        var errors = new SessionInputValidator(validationText, clubNow).Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var keptGym = exceptId is { } id && await db.Sessions.AnyAsync(s => s.Id == id && s.GymId == input.GymId, cancellationToken);
        if (!keptGym && !await db.Gyms.AnyAsync(g => g.Id == input.GymId && g.IsActive, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["UnknownGym"], nameof(SessionInput.GymId));
        }

        var colourIds = input.Lines.Select(l => l.ColourId).ToList();
        if (await db.Colours.CountAsync(c => colourIds.Contains(c.Id), cancellationToken) != colourIds.Count)
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["UnknownColour"], nameof(SessionInput.Lines));
        }

        var sameDay = await db.Sessions.AsNoTracking()
            .Where(s => s.MemberId == memberId && s.Date == input.Date && s.Id != exceptId)
            .Select(s => new { s.Start, s.End })
            .ToListAsync(cancellationToken);
        var clash = sameDay.FirstOrDefault(s => SessionRules.Overlaps(input.Start!.Value, input.End!.Value, s.Start, s.End));
        return clash is null
            ? null
            : Outcome.Fail(OutcomeKind.Conflict, text["Overlaps", Formats.Time(clash.Start), Formats.Time(clash.End)], nameof(SessionInput.Start));
    }

    private static void Apply(SessionInput input, Session session, Dictionary<int, int> colourLevels, DateTimeOffset now)
    {
        session.Date = input.Date!.Value;
        session.Start = input.Start!.Value;
        session.End = input.End!.Value;
        session.GymId = input.GymId;
        session.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        session.UpdatedAt = now;
        session.Lines.AddRange(input.Lines.Select(l => new SessionLine { ColourId = l.ColourId, ColourLevel = colourLevels[l.ColourId], Count = l.Count }));
    }

    private async Task<(Dictionary<long, SessionView> ById, IReadOnlyList<Generation> Generations)> ViewsAsync(
        ClimbClubDbContext db, IReadOnlyList<Session> sessions, CancellationToken cancellationToken)
    {
        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var colours = await db.Colours.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var gyms = await db.Gyms.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var colourPoints = colours.ToDictionary(c => c.Key, c => c.Value.Points);
        var today = calendar.DateOf(time.GetUtcNow());
        var byId = new Dictionary<long, SessionView>();
        foreach (var session in sessions)
        {
            var week = ClubWeeks.Of(session.Date, generations);
            var score = RuleFor(week, generations, colourPoints)
                .Score(session.MemberLevel, session.Lines.Select(l => new ScoredLine(l.ColourId, l.ColourLevel, l.Count)));
            var lines = score.Lines.Select(l => new LineView(l.ColourId, colours[l.ColourId].Name, colours[l.ColourId].DisplayColor, l.Count, l.PointsEach, l.Points, l.Basis))
                .OrderBy(l => colours[l.ColourId].Level)
                .ToList();
            byId[session.Id] = new SessionView(
                session.Id, session.Date, session.Start, session.End, gyms[session.GymId], lines, score.Points, score.Rule, session.Note,
                session.VoidReason, !session.IsVoided && !week.IsFrozenOn(today));
        }

        return (byId, generations);
    }

    private static IScoringRule RuleFor(ClubWeek? week, IReadOnlyCollection<Generation> generations, IReadOnlyDictionary<int, decimal> colourPoints) =>
        ScoringRules.For(generations.FirstOrDefault(g => g.Id == week?.GenerationId)?.ScoringRule, colourPoints);

    /// <summary>The member's current level: the position of their colour on the scale.</summary>
    private static Task<int> LevelOfAsync(ClimbClubDbContext db, string memberId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == memberId)
            .Select(u => db.Colours.Where(c => c.Id == u.LevelColourId).Select(c => c.Level).Single())
            .SingleAsync(cancellationToken);

    private Outcome NotAMember() => Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);

    private Outcome NotYours() => Outcome.Fail(OutcomeKind.NotFound, text["NotYourSession"]);
}

using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Challenges;

/// <summary>The signal that a challenge, its members or their progress changed.</summary>
public sealed record ChallengesChanged;

/// <summary>The caller's own part in a challenge.</summary>
public sealed record MyEntry(int Progress, DateTimeOffset? CompletedAt);

/// <summary>A challenge as the list and its page show it. <see cref="MinColour"/> names the easiest colour that counts, for a problems goal.</summary>
public sealed record ChallengeSummary(
    int Id,
    string Title,
    string? Description,
    DateOnly StartDate,
    DateOnly EndDate,
    ChallengeGoalKind GoalKind,
    int Target,
    int? MinLevel,
    DifficultyColour? MinColour,
    int? MemberLimit,
    int Members,
    bool IsClosed,
    bool HasEnded,
    MyEntry? Mine)
{
    public bool IsFull => MemberLimit is { } limit && Members >= limit;

    public bool CanJoin => Mine is null && !IsClosed && !HasEnded && !IsFull;
}

public sealed record Participant(string MemberId, string DisplayName, string Avatar, int Progress, DateTimeOffset? CompletedAt, bool IsMe);

public sealed record ChallengeDetail(ChallengeSummary Challenge, IReadOnlyList<Participant> Participants, bool CanManage);

public sealed record ChallengeList(IReadOnlyList<ChallengeSummary> Current, IReadOnlyList<ChallengeSummary> Past, bool CanManage);

/// <summary>A badge: a challenge the member completed.</summary>
public sealed record Badge(int ChallengeId, string Title, DateTimeOffset CompletedAt);

/// <summary>
/// Club challenges: officers set, change and close them; members join and leave. Joining a full challenge is refused,
/// also when two members race for the last place (the count and the insert share one write transaction).
/// </summary>
public sealed class ChallengeService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    ChallengeInputValidator validator,
    NotificationSender notifications,
    Notifier<ChallengesChanged> changed,
    AuditLog audit,
    IStringLocalizer<ChallengeText> text)
{
    public async Task<Outcome<ChallengeList>> ListAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var all = await SummariesAsync(db, actor.Id, null, cancellationToken);
        return Outcome.Success(new ChallengeList(
            all.Where(c => !c.IsClosed && !c.HasEnded).OrderBy(c => c.EndDate).ThenBy(c => c.Id).ToList(),
            all.Where(c => c.IsClosed || c.HasEnded).OrderByDescending(c => c.EndDate).ThenByDescending(c => c.Id).ToList(),
            actor.IsAtLeast(ClubRole.Officer)));
    }

    public async Task<Outcome<ChallengeDetail>> DetailAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var summary = (await SummariesAsync(db, actor.Id, id, cancellationToken)).SingleOrDefault();
        if (summary is null)
        {
            return NotFound();
        }

        var participants = await (
            from e in db.ChallengeEntries.AsNoTracking()
            where e.ChallengeId == id
            join m in db.Users on e.MemberId equals m.Id
            where m.IsActive && m.ApprovalStatus == ApprovalStatus.Approved
            select new { e.MemberId, m.DisplayName, m.Avatar, e.Progress, e.CompletedAt, e.JoinedAt })
            .ToListAsync(cancellationToken);
        return Outcome.Success(new ChallengeDetail(
            summary,
            participants
                .OrderByDescending(p => p.Progress).ThenBy(p => p.JoinedAt)
                .Select(p => new Participant(p.MemberId, p.DisplayName, p.Avatar, p.Progress, p.CompletedAt, p.MemberId == actor.Id))
                .ToList(),
            actor.IsAtLeast(ClubRole.Officer)));
    }

    /// <summary>The colours a problems goal may start from, easiest first.</summary>
    public async Task<IReadOnlyList<DifficultyColour>> ColoursAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Colours.AsNoTracking().OrderBy(c => c.Level).ToListAsync(cancellationToken);
    }

    /// <summary>The challenges a member completed, newest first: their badges. Any member may see another's.</summary>
    public async Task<Outcome<IReadOnlyList<Badge>>> BadgesAsync(ClaimsPrincipal who, string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, cancellationToken) is null)
        {
            return MembersOnly();
        }

        var badges = await (
            from e in db.ChallengeEntries.AsNoTracking()
            where e.MemberId == memberId && e.CompletedAt != null
            join c in db.Challenges on e.ChallengeId equals c.Id
            select new { c.Id, c.Title, e.CompletedAt })
            .ToListAsync(cancellationToken);
        return Outcome.Success<IReadOnlyList<Badge>>(badges
            .Select(b => new Badge(b.Id, b.Title, b.CompletedAt!.Value))
            .OrderByDescending(b => b.CompletedAt)
            .ToList());
    }

    public async Task<Outcome<int>> CreateAsync(ClaimsPrincipal who, ChallengeInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (officer is null)
        {
            return OfficersOnly();
        }

        var (errors, minLevel) = await CheckAsync(db, input, cancellationToken);
        if (errors is not null)
        {
            return errors;
        }

        var challenge = new Challenge { CreatedById = officer.Id, CreatedAt = time.GetUtcNow() };
        Apply(challenge, input, minLevel);
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(db, officer, AuditActions.ChallengeCreated, "challenge", Id(challenge.Id), text["AuditCreated", challenge.Title]);
        await db.SaveChangesAsync(cancellationToken);
        changed.Publish();
        return Outcome.Success(challenge.Id);
    }

    public async Task<Outcome> UpdateAsync(ClaimsPrincipal who, int id, ChallengeInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (officer is null)
        {
            return OfficersOnly();
        }

        var (errors, minLevel) = await CheckAsync(db, input, cancellationToken);
        if (errors is not null)
        {
            return errors;
        }

        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return NotFound();
        }

        if (challenge.ClosedAt is not null)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["Closed"]);
        }

        var members = await db.ChallengeEntries.CountAsync(e => e.ChallengeId == id, cancellationToken);
        if (input.MemberLimit is { } limit && limit < members)
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["LimitBelowMembers", members], nameof(ChallengeInput.MemberLimit));
        }

        Apply(challenge, input, minLevel);
        audit.Record(db, officer, AuditActions.ChallengeUpdated, "challenge", Id(id), text["AuditUpdated", challenge.Title]);
        await db.SaveChangesAsync(cancellationToken);
        changed.Publish();
        return Outcome.Ok;
    }

    /// <summary>Closes a challenge: nobody joins any more and progress stays as it was counted.</summary>
    public async Task<Outcome> CloseAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var officer = await ClubActor.FindAsync(db, who, ClubRole.Officer, cancellationToken);
        if (officer is null)
        {
            return OfficersOnly();
        }

        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return NotFound();
        }

        if (challenge.ClosedAt is not null)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["Closed"]);
        }

        challenge.ClosedAt = time.GetUtcNow();
        audit.Record(db, officer, AuditActions.ChallengeClosed, "challenge", Id(id), text["AuditClosed", challenge.Title]);
        await db.SaveChangesAsync(cancellationToken);
        changed.Publish();
        return Outcome.Ok;
    }

    public async Task<Outcome> JoinAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // The count of members and the new entry are read and written under one write lock, so two members racing
        // for the last place cannot both get it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var (challenge, refusal) = await RunningAsync(db, id, cancellationToken);
        if (challenge is null)
        {
            return refusal!;
        }

        if (await db.ChallengeEntries.AnyAsync(e => e.ChallengeId == id && e.MemberId == actor.Id, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["AlreadyJoined"]);
        }

        if (challenge.MemberLimit is { } limit && await db.ChallengeEntries.CountAsync(e => e.ChallengeId == id, cancellationToken) >= limit)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["Full", limit]);
        }

        db.ChallengeEntries.Add(new ChallengeEntry { ChallengeId = id, MemberId = actor.Id, JoinedAt = time.GetUtcNow() });
        var creatorTold = challenge.CreatedById != actor.Id
            && await db.Users.AnyAsync(u => u.Id == challenge.CreatedById && u.IsActive, cancellationToken)
            && await notifications.AddAsync(
                db, challenge.CreatedById, NotificationKind.ChallengeJoined, actor.DisplayName, challenge.Title, $"challenges/{id}", actor.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (creatorTold)
        {
            notifications.Announce(challenge.CreatedById);
        }

        changed.Publish();
        return Outcome.Ok;
    }

    public async Task<Outcome> LeaveAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var (challenge, refusal) = await RunningAsync(db, id, cancellationToken);
        if (challenge is null)
        {
            return refusal!;
        }

        if (await db.ChallengeEntries.Where(e => e.ChallengeId == id && e.MemberId == actor.Id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["NotJoined"]);
        }

        changed.Publish();
        return Outcome.Ok;
    }

    /// <summary>The challenge a member may still join or leave, or why not: unknown, closed or ended.</summary>
    private async Task<(Challenge? Challenge, Outcome? Refusal)> RunningAsync(ClimbClubDbContext db, int id, CancellationToken cancellationToken)
    {
        var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return (null, NotFound());
        }

        return challenge.ClosedAt is not null || challenge.EndDate < Today()
            ? (null, Outcome.Fail(OutcomeKind.Conflict, text[challenge.ClosedAt is null ? "Ended" : "Closed"]))
            : (challenge, null);
    }

    private async Task<List<ChallengeSummary>> SummariesAsync(ClimbClubDbContext db, string me, int? id, CancellationToken cancellationToken)
    {
        var challenges = await db.Challenges.AsNoTracking().Where(c => id == null || c.Id == id).ToListAsync(cancellationToken);
        var ids = challenges.Select(c => c.Id).ToList();
        var counts = await db.ChallengeEntries.AsNoTracking()
            .Where(e => ids.Contains(e.ChallengeId))
            .GroupBy(e => e.ChallengeId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var mine = await db.ChallengeEntries.AsNoTracking()
            .Where(e => e.MemberId == me && ids.Contains(e.ChallengeId))
            .ToDictionaryAsync(e => e.ChallengeId, e => new MyEntry(e.Progress, e.CompletedAt), cancellationToken);
        var colours = await db.Colours.AsNoTracking().ToListAsync(cancellationToken);
        var today = Today();
        return challenges
            .Select(c => new ChallengeSummary(
                c.Id, c.Title, c.Description, c.StartDate, c.EndDate, c.GoalKind, c.Target, c.MinLevel,
                c.MinLevel is { } level ? colours.FirstOrDefault(colour => colour.Level == level) : null,
                c.MemberLimit, counts.GetValueOrDefault(c.Id), c.ClosedAt is not null, c.EndDate < today, mine.GetValueOrDefault(c.Id)))
            .ToList();
    }

    private async Task<(Outcome? Errors, int? MinLevel)> CheckAsync(ClimbClubDbContext db, ChallengeInput input, CancellationToken cancellationToken)
    {
        if (validator.Check(input) is { Count: > 0 } errors)
        {
            return (Outcome.Invalid(errors), null);
        }

        if (input.GoalKind != ChallengeGoalKind.Problems)
        {
            return (null, null);
        }

        var level = await db.Colours.Where(c => c.Id == input.ColourId).Select(c => (int?)c.Level).SingleOrDefaultAsync(cancellationToken);
        return level is null
            ? (Outcome.Fail(OutcomeKind.Invalid, text["UnknownColour"], nameof(ChallengeInput.ColourId)), null)
            : (null, level);
    }

    private static void Apply(Challenge challenge, ChallengeInput input, int? minLevel)
    {
        challenge.Title = input.Title.Trim();
        challenge.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        challenge.StartDate = input.StartDate!.Value;
        challenge.EndDate = input.EndDate!.Value;
        challenge.GoalKind = input.GoalKind;
        challenge.Target = input.Target;
        challenge.MinLevel = minLevel;
        challenge.MemberLimit = input.MemberLimit;
    }

    private DateOnly Today() => calendar.DateOf(time.GetUtcNow());

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Outcome MembersOnly() => Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);

    private Outcome OfficersOnly() => Outcome.Fail(OutcomeKind.Denied, text["OfficersOnly"]);

    private Outcome NotFound() => Outcome.Fail(OutcomeKind.NotFound, text["NotFound"]);
}

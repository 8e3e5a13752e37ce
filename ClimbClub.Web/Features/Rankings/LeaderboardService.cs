using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Rankings;

public sealed record BoardRow(int Rank, string MemberId, string DisplayName, string Avatar, decimal Points, int Problems, int Minutes, int Sessions, bool IsMe);

/// <summary>A board as stored by the ranking job. <see cref="Me"/> is the caller's own row, wherever it is.</summary>
public sealed record Board(IReadOnlyList<BoardRow> Rows, BoardRow? Me, DateTimeOffset? UpdatedAt);

public sealed record WeekBoard(ClubWeek Week, Generation? Generation, Board Board);

public sealed record GenerationBoard(Generation Generation, Board Board);

/// <summary>
/// Reads the boards the ranking job stored; it computes nothing. Boards list approved, active members only; the
/// caller's own row is marked so pages can keep it in view.
/// </summary>
public sealed class LeaderboardService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    IStringLocalizer<BoardText> text)
{
    /// <summary>This week's board, or the previous week's.</summary>
    public async Task<Outcome<WeekBoard>> WeekAsync(ClaimsPrincipal who, bool previous, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Denied();
        }

        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var week = ClubWeeks.Of(calendar.DateOf(time.GetUtcNow()), generations);
        if (previous)
        {
            week = ClubWeeks.Previous(week, generations);
        }

        var board = await BoardAsync(db, actor.Id, db.WeeklyScores.Where(s => s.WeekKey == week.Key), cancellationToken);
        return Outcome.Success(new WeekBoard(week, generations.FirstOrDefault(g => g.Id == week.GenerationId), board));
    }

    /// <summary>A generation's board; without an id, the current generation's (or the latest one).</summary>
    public async Task<Outcome<GenerationBoard>> GenerationAsync(ClaimsPrincipal who, int? generationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Denied();
        }

        var generations = await db.Generations.AsNoTracking().OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var generation = Generations.Chosen(generations, generationId, calendar.DateOf(time.GetUtcNow()));
        if (generation is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NoSuchGeneration"]);
        }

        var board = await BoardAsync(db, actor.Id, db.GenerationScores.Where(s => s.GenerationId == generation.Id), cancellationToken);
        return Outcome.Success(new GenerationBoard(generation, board));
    }

    public async Task<Outcome<Board>> AllTimeAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        return actor is null ? Denied() : Outcome.Success(await BoardAsync(db, actor.Id, db.AllTimeScores, cancellationToken));
    }

    public async Task<bool> IsHiddenFromScreenAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        return actor is not null && await db.Users.Where(u => u.Id == actor.Id).Select(u => u.HiddenFromScreen).SingleAsync(cancellationToken);
    }

    /// <summary>A member hides themselves from (or shows themselves on) the gym's public screen.</summary>
    public async Task<Outcome> SetHiddenFromScreenAsync(ClaimsPrincipal who, bool hidden, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Denied();
        }

        await db.Users.Where(u => u.Id == actor.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.HiddenFromScreen, hidden), cancellationToken);
        return Outcome.Ok;
    }

    private static async Task<Board> BoardAsync<T>(ClimbClubDbContext db, string me, IQueryable<T> scores, CancellationToken cancellationToken)
        where T : BoardScore
    {
        var rows = await (
            from s in scores.AsNoTracking()
            join u in db.Users on s.MemberId equals u.Id
            where u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved
            orderby s.Rank, u.DisplayName
            select new BoardRow(s.Rank, u.Id, u.DisplayName, u.Avatar, s.Points, s.Problems, s.Minutes, s.Sessions, u.Id == me))
            .ToListAsync(cancellationToken);
        var updatedAt = await db.RankingRuns.AsNoTracking().Where(r => r.Id == 1).Select(r => (DateTimeOffset?)r.FinishedAt).SingleOrDefaultAsync(cancellationToken);
        return new Board(rows, rows.FirstOrDefault(r => r.IsMe), updatedAt);
    }

    private Outcome Denied() => Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);
}

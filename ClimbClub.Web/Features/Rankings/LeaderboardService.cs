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

/// <summary>
/// The first rows of a board as stored by the ranking job, and how many rows it has in all. <see cref="Me"/> is the
/// caller's own row, wherever it is: among <see cref="Rows"/>, or beyond them with other rows between.
/// </summary>
public sealed record Board(IReadOnlyList<BoardRow> Rows, BoardRow? Me, int Total, DateTimeOffset? UpdatedAt)
{
    public static Board Empty { get; } = new([], null, 0, null);

    /// <summary>The caller's row lies beyond <see cref="Rows"/>, so a page shows it after a gap.</summary>
    public bool IsMeBeyondRows => Me is not null && !Rows.Contains(Me);

    /// <summary>How many rows a page shows: <see cref="Rows"/> and the caller's row beyond them.</summary>
    public int Shown => Rows.Count + (IsMeBeyondRows ? 1 : 0);
}

public sealed record WeekBoard(ClubWeek Week, Generation? Generation, Board Board);

public sealed record GenerationBoard(Generation Generation, Board Board);

/// <summary>
/// Reads the boards the ranking job stored; it computes nothing. Boards list approved, active members only; the
/// caller's own row is marked so pages can keep it in view. A read takes the first rows of a board, as many as the
/// page asks for (between 1 and <see cref="MaxRows"/>; other numbers are clamped), so a board of thousands costs a
/// page what it shows.
/// </summary>
public sealed class LeaderboardService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    IStringLocalizer<BoardText> text)
{
    /// <summary>How many rows a page shows first, and how many more each "show more" adds.</summary>
    public const int FirstRows = 50;

    /// <summary>The most rows a page may ask for; a member further down still gets their own row.</summary>
    public const int MaxRows = 500;

    /// <summary>The first <paramref name="rows"/> rows of this week's board, or of the previous week's.</summary>
    public async Task<Outcome<WeekBoard>> WeekAsync(ClaimsPrincipal who, bool previous, int rows, CancellationToken cancellationToken = default)
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

        var board = await BoardAsync(db, actor.Id, db.WeeklyScores.Where(s => s.WeekKey == week.Key), rows, cancellationToken);
        return Outcome.Success(new WeekBoard(week, generations.FirstOrDefault(g => g.Id == week.GenerationId), board));
    }

    /// <summary>The first <paramref name="rows"/> rows of a generation's board; without an id, the current generation's (or the latest one).</summary>
    public async Task<Outcome<GenerationBoard>> GenerationAsync(ClaimsPrincipal who, int? generationId, int rows, CancellationToken cancellationToken = default)
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

        var board = await BoardAsync(db, actor.Id, db.GenerationScores.Where(s => s.GenerationId == generation.Id), rows, cancellationToken);
        return Outcome.Success(new GenerationBoard(generation, board));
    }

    /// <summary>The first <paramref name="rows"/> rows of the all-time board.</summary>
    public async Task<Outcome<Board>> AllTimeAsync(ClaimsPrincipal who, int rows, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        return actor is null ? Denied() : Outcome.Success(await BoardAsync(db, actor.Id, db.AllTimeScores, rows, cancellationToken));
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

    private static async Task<Board> BoardAsync<T>(ClimbClubDbContext db, string me, IQueryable<T> scores, int rows, CancellationToken cancellationToken)
        where T : BoardScore
    {
        var take = Math.Clamp(rows, 1, MaxRows);

        // Members still in the club, asked in a subquery rather than in the join: SQLite then walks the board's rank
        // index (which carries the member id) and stops after the rows asked for. Filtered in the join, it starts
        // from the members table and sorts the whole board first (the all-time board did: 10,000 rows for 50).
        var board = scores.AsNoTracking()
            .Where(s => db.Users.Any(u => u.Id == s.MemberId && u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved));

        // One row past the window says whether the board goes on, and whether the caller's row comes right after it
        // (then it joins the window rather than standing after a gap that hides nobody).
        var read = await InRankOrder(db, board, me).Take(take + 1).ToListAsync(cancellationToken);
        var window = read.Count > take && !read[take].IsMe ? read[..take] : read;
        var mine = window.Find(r => r.IsMe)
            ?? await InRankOrder(db, board.Where(s => s.MemberId == me), me).SingleOrDefaultAsync(cancellationToken);
        var total = read.Count > take ? await SizeAsync(db, scores, cancellationToken) : read.Count;
        var updatedAt = await db.RankingRuns.AsNoTracking().Where(r => r.Id == 1).Select(r => (DateTimeOffset?)r.FinishedAt).SingleOrDefaultAsync(cancellationToken);
        return new Board(window, mine, total, updatedAt);
    }

    /// <summary>
    /// How many rows the board shows: its rows less those of members not (or no longer) in the club. Those members are
    /// few and an index holds just them (its filter is this condition, word for word), so no row of a long board is
    /// checked member by member.
    /// </summary>
    private static async Task<int> SizeAsync<T>(ClimbClubDbContext db, IQueryable<T> scores, CancellationToken cancellationToken)
        where T : BoardScore =>
        await scores.CountAsync(cancellationToken)
        - await db.Users
            .Where(u => !u.IsActive || u.ApprovalStatus != ApprovalStatus.Approved)
            .CountAsync(u => scores.Any(s => s.MemberId == u.Id), cancellationToken);

    /// <summary>Board rows in board order: by rank, then by name.</summary>
    private static IQueryable<BoardRow> InRankOrder<T>(ClimbClubDbContext db, IQueryable<T> scores, string me)
        where T : BoardScore =>
        from s in scores
        join u in db.Users on s.MemberId equals u.Id
        orderby s.Rank, u.DisplayName
        select new BoardRow(s.Rank, u.Id, u.DisplayName, u.Avatar, s.Points, s.Problems, s.Minutes, s.Sessions, u.Id == me);

    private Outcome Denied() => Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);
}

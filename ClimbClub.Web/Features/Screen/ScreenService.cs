using System.Security.Claims;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Screen;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Screen;

/// <summary>Who is watching a gym screen: a signed-in officer or admin, or a kiosk link's key.</summary>
public sealed record ScreenViewer(ClaimsPrincipal Principal, string? Key);

public sealed record ScreenRow(int Rank, string DisplayName, string Avatar, decimal Points, int Problems, int Minutes);

public sealed record ScreenBoards(
    ClubWeek Week,
    Generation? WeekGeneration,
    IReadOnlyList<ScreenRow> Week10,
    Generation? Generation,
    IReadOnlyList<ScreenRow> Generation10,
    IReadOnlyList<ScreenRow> AllTime10,
    DateTimeOffset? UpdatedAt);

/// <summary>A session open for check-in now, with the code the screen shows for it.</summary>
public sealed record ScreenCheckInCode(DaySession Session, string Code);

/// <summary>A member who checked in today, as the gym screen lists them.</summary>
public sealed record ScreenCheckInRow(string DisplayName, string Avatar, AttendanceStatus Status, bool IsAlternate, DateTimeOffset CheckedInAt);

/// <summary>What the screen's check-in slide shows: a code per open session and today's check-ins, newest first.</summary>
public sealed record ScreenCheckIns(IReadOnlyList<ScreenCheckInCode> Codes, IReadOnlyList<ScreenCheckInRow> Today)
{
    /// <summary>The slide joins the rotation while a session is open for check-in or someone has checked in today.</summary>
    public bool IsWorthShowing => Codes.Count > 0 || Today.Count > 0;
}

/// <summary>
/// The gym screen's data: the top ten of this week, of the current generation and of all time, without members who
/// hid themselves from the screen (places are counted among those shown). Every read re-checks the viewer, so a
/// revoked kiosk link or a demoted officer stops seeing the boards at the next refresh.
/// </summary>
public sealed class ScreenService(IDbContextFactory<ClimbClubDbContext> dbFactory, CheckInService checkIns, ClubCalendar calendar, TimeProvider time)
{
    public const int Top = 10;

    public async Task<bool> CanWatchAsync(ScreenViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CanWatchAsync(db, viewer, cancellationToken);
    }

    /// <summary>The boards, or null when the viewer may not watch (any more).</summary>
    public async Task<ScreenBoards?> BoardsAsync(ScreenViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await CanWatchAsync(db, viewer, cancellationToken))
        {
            return null;
        }

        var generations = await db.Generations.AsNoTracking().OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var today = calendar.DateOf(time.GetUtcNow());
        var week = ClubWeeks.Of(today, generations);
        var generation = Generations.CurrentOrLatest(generations, today);
        var generationId = generation?.Id ?? 0;
        return new ScreenBoards(
            week,
            generations.FirstOrDefault(g => g.Id == week.GenerationId),
            await TopAsync(db, db.WeeklyScores.Where(s => s.WeekKey == week.Key), cancellationToken),
            generation,
            await TopAsync(db, db.GenerationScores.Where(s => s.GenerationId == generationId), cancellationToken),
            await TopAsync(db, db.AllTimeScores, cancellationToken),
            await db.RankingRuns.AsNoTracking().Where(r => r.Id == 1).Select(r => (DateTimeOffset?)r.FinishedAt).SingleOrDefaultAsync(cancellationToken));
    }

    /// <summary>
    /// The codes of today's sessions open for check-in and today's check-ins without members hidden from the screen,
    /// or null when the viewer may not watch (any more): a revoked link stops showing codes at the next rotation.
    /// </summary>
    public async Task<ScreenCheckIns?> CheckInsAsync(ScreenViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await CanWatchAsync(db, viewer, cancellationToken))
        {
            return null;
        }

        var today = calendar.DateOf(time.GetUtcNow());
        var rows = await (
            from r in db.AttendanceRecords.AsNoTracking()
            where r.SessionDate == today && r.CheckedInAt != null
            join u in db.Users on r.MemberId equals u.Id
            where u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved && !u.HiddenFromScreen
            select new ScreenCheckInRow(u.DisplayName, u.Avatar, r.Status, r.IsAlternate, r.CheckedInAt!.Value))
            .ToListAsync(cancellationToken);
        var codes = await checkIns.CodesForTodayAsync(cancellationToken);
        return new ScreenCheckIns(
            codes.Select(c => new ScreenCheckInCode(c.Session, c.Code)).ToList(),
            [.. rows.OrderByDescending(r => r.CheckedInAt).ThenBy(r => r.DisplayName, StringComparer.CurrentCulture)]);
    }

    private async Task<bool> CanWatchAsync(ClimbClubDbContext db, ScreenViewer viewer, CancellationToken cancellationToken)
    {
        if (await ClubActor.FindAsync(db, viewer.Principal, ClubRole.Officer, cancellationToken) is not null)
        {
            return true;
        }

        if (string.IsNullOrEmpty(viewer.Key) || viewer.Key.Length > 100)
        {
            return false;
        }

        var hash = KioskKeys.Hash(viewer.Key);
        var key = await db.ScreenKeys.SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (key.LastSeenAt is null || now - key.LastSeenAt > TimeSpan.FromMinutes(5))
        {
            key.LastSeenAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    private static async Task<IReadOnlyList<ScreenRow>> TopAsync<T>(ClimbClubDbContext db, IQueryable<T> scores, CancellationToken cancellationToken)
        where T : BoardScore
    {
        // Who may be shown is asked in a subquery, not in the join, so SQLite walks the board's rank index and stops
        // after the rows taken instead of sorting the whole board (see LeaderboardService).
        var shown = await (
            from s in scores.AsNoTracking()
            where db.Users.Any(u => u.Id == s.MemberId && u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved && !u.HiddenFromScreen)
            join u in db.Users on s.MemberId equals u.Id
            orderby s.Rank, u.DisplayName
            select new ScreenRow(s.Rank, u.DisplayName, u.Avatar, s.Points, s.Problems, s.Minutes))
            .Take(Top * 3)
            .ToListAsync(cancellationToken);
        return CompetitionRanking.Rank(shown, r => r.Points)
            .Where(r => r.Rank <= Top)
            .Select(r => r.Entry with { Rank = r.Rank })
            .ToList();
    }
}

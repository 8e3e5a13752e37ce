using ClimbClub.Core.Notifications;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Rankings;

/// <summary>What one refresh did.</summary>
public sealed record RefreshReport(int WeeksComputed, int WeeklyRowsWritten, TimeSpan Duration);

/// <summary>
/// Turns sessions into the stored boards, in one transaction: every week still open (and every week that froze
/// since the last run, so downtime loses nothing) is recomputed from its sessions; generation and all-time boards are
/// the frozen weeks' totals (kept, and added to as weeks freeze) plus the open weeks. So a run reads the sessions of
/// the open window and one row per member, whatever the length of the club's history. Weeks frozen before the last
/// run keep their rows, so a back-dated session changes no board. Running it twice gives the same boards.
/// </summary>
public sealed class RankingService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    Notifier<RankingsRefreshed> refreshed,
    NotificationSender notifications)
{
    private const int WeeksPerStatement = 8;

    public async Task<RefreshReport> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var today = calendar.DateOf(now);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var run = await db.RankingRuns.SingleOrDefaultAsync(r => r.Id == 1, cancellationToken);
        var openFrom = ClubWeeks.OpenWindowStart(today, generations);
        var weeks = await WeeksToComputeAsync(db, run, today, openFrom, generations, cancellationToken);

        var thisWeek = ClubWeeks.Of(today, generations).Key;
        var before = await PointsOfWeekAsync(db, thisWeek, cancellationToken);
        var weeklyRows = weeks.Count > 0 ? await RecomputeWeeksAsync(db, weeks, generations, now, cancellationToken) : 0;

        // No weekly row written or removed: this week's board is as it was, and no one was passed.
        var overtaken = weeklyRows > 0
            ? await TellOvertakenAsync(db, Overtakes.Between(before, await PointsOfWeekAsync(db, thisWeek, cancellationToken)), cancellationToken)
            : [];

        // The frozen totals hold exactly the weeks ending before run.FrozenBefore. Weeks that froze since are added;
        // if this run rewrote any week already in them (the generations were edited), they are summed again.
        var recomputedFrom = weeks.Count > 0 ? weeks[0].Start : openFrom;
        if (run?.FrozenBefore is { } frozenBefore && recomputedFrom >= frozenBefore)
        {
            await BoardStatements.AddFrozenAsync(db, frozenBefore, openFrom, cancellationToken);
        }
        else
        {
            await BoardStatements.RebuildFrozenAsync(db, openFrom, cancellationToken);
        }

        await BoardStatements.WriteTotalsAsync(db, openFrom, cancellationToken);

        if (run is null)
        {
            run = new RankingRun { Id = 1 };
            db.RankingRuns.Add(run);
        }

        var duration = time.GetElapsedTime(started);
        run.FinishedAt = time.GetUtcNow();
        run.ClubDate = today;
        run.FrozenBefore = openFrom;
        run.DurationMilliseconds = (int)duration.TotalMilliseconds;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        refreshed.Publish();
        notifications.Announce(overtaken);
        return new RefreshReport(weeks.Count, weeklyRows, duration);
    }

    private static Task<Dictionary<string, decimal>> PointsOfWeekAsync(ClimbClubDbContext db, string weekKey, CancellationToken cancellationToken) =>
        db.WeeklyScores.AsNoTracking().Where(w => w.WeekKey == weekKey).ToDictionaryAsync(w => w.MemberId, w => w.Points, StringComparer.Ordinal, cancellationToken);

    /// <summary>Tells each member passed on this week's board who passed them; returns who was told.</summary>
    private async Task<List<string>> TellOvertakenAsync(ClimbClubDbContext db, IReadOnlyList<Overtake> overtakes, CancellationToken cancellationToken)
    {
        var told = new List<string>();
        if (overtakes.Count == 0)
        {
            return told;
        }

        var names = await db.Users.AsNoTracking()
            .Where(u => overtakes.Select(o => o.By).Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
        foreach (var overtake in overtakes)
        {
            if (await notifications.AddAsync(
                    db, overtake.Overtaken, NotificationKind.OvertakenOnWeeklyBoard, names[overtake.By], link: "leaderboard", aboutMemberId: overtake.By, cancellationToken: cancellationToken))
            {
                told.Add(overtake.Overtaken);
            }
        }

        return told;
    }

    /// <summary>
    /// The weeks open today, plus every week since the window of the last run (those that froze while the job was
    /// not running). The first run covers all history.
    /// </summary>
    private static async Task<IReadOnlyList<ClubWeek>> WeeksToComputeAsync(
        ClimbClubDbContext db, RankingRun? run, DateOnly today, DateOnly openFrom, IReadOnlyCollection<Generation> generations, CancellationToken cancellationToken)
    {
        var from = run is not null
            ? ClubWeeks.OpenWindowStart(run.ClubDate, generations)
            : await db.Sessions.MinAsync(s => (DateOnly?)s.Date, cancellationToken) ?? openFrom;
        return ClubWeeks.Between(from < openFrom ? from : openFrom, today, generations);
    }

    private static async Task<int> RecomputeWeeksAsync(
        ClimbClubDbContext db, IReadOnlyList<ClubWeek> weeks, IReadOnlyCollection<Generation> generations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = weeks[0].Start;
        var to = weeks[^1].End;
        var keys = weeks.Select(w => w.Key).ToList();

        // Stored weeks of the span that are not among these weeks go: when an admin creates, moves or deletes a
        // generation, the weeks of those dates start on other days.
        await db.WeeklyScores.Where(w => w.WeekStart <= to && w.WeekEnd >= from && !keys.Contains(w.WeekKey)).ExecuteDeleteAsync(cancellationToken);
        await db.RankedWeeks.Where(w => w.Start <= to && w.End >= from).ExecuteDeleteAsync(cancellationToken);

        // A few weeks per statement: each session is matched to its week among the statement's weeks, so a long
        // catch-up costs its sessions times a few weeks, not times all of them.
        var rows = 0;
        foreach (var chunk in weeks.Chunk(WeeksPerStatement))
        {
            rows += await BoardStatements.WriteWeeksAsync(db, chunk, generations, cancellationToken);
        }

        db.RankedWeeks.AddRange(weeks.Select(week => new RankedWeek { Key = week.Key, Start = week.Start, End = week.End, ComputedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }
}

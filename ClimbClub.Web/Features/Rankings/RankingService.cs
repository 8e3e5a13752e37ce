using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Scoring;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Rankings;

/// <summary>What one refresh did.</summary>
public sealed record RefreshReport(int WeeksComputed, int WeeklyRows, TimeSpan Duration);

/// <summary>
/// Turns sessions into the stored boards, in one transaction: every week still open (and every week that froze
/// since the last run, so downtime loses nothing) is recomputed from its sessions; generation and all-time totals
/// are then summed from the weekly rows. Weeks frozen before the last run keep their rows, so a back-dated session
/// changes no board. Running it twice gives the same boards.
/// </summary>
public sealed class RankingService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    Notifier<RankingsRefreshed> refreshed,
    NotificationSender notifications)
{
    public async Task<RefreshReport> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var today = calendar.DateOf(now);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var weeks = await WeeksToComputeAsync(db, today, generations, cancellationToken);
        var competitors = await db.Users
            .Where(u => u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        var competing = competitors.ToHashSet(StringComparer.Ordinal);

        var thisWeek = ClubWeeks.Of(today, generations).Key;
        var before = await PointsOfWeekAsync(db, thisWeek, cancellationToken);
        var weeklyRows = 0;
        if (weeks.Count > 0)
        {
            weeklyRows = await RecomputeWeeksAsync(db, weeks, generations, competing, now, cancellationToken);
        }

        var overtaken = await TellOvertakenAsync(db, Overtakes.Between(before, await PointsOfWeekAsync(db, thisWeek, cancellationToken)), cancellationToken);

        await RecomputeTotalsAsync(db, competitors, generations, cancellationToken);

        var run = await db.RankingRuns.SingleOrDefaultAsync(r => r.Id == 1, cancellationToken);
        if (run is null)
        {
            run = new RankingRun { Id = 1 };
            db.RankingRuns.Add(run);
        }

        var duration = time.GetElapsedTime(started);
        run.FinishedAt = time.GetUtcNow();
        run.ClubDate = today;
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
        ClimbClubDbContext db, DateOnly today, IReadOnlyCollection<Generation> generations, CancellationToken cancellationToken)
    {
        var openFrom = ClubWeeks.OpenWindowStart(today, generations);
        var lastRun = await db.RankingRuns.AsNoTracking().Where(r => r.Id == 1).Select(r => (DateOnly?)r.ClubDate).SingleOrDefaultAsync(cancellationToken);
        var from = lastRun is { } last
            ? ClubWeeks.OpenWindowStart(last, generations)
            : await db.Sessions.MinAsync(s => (DateOnly?)s.Date, cancellationToken) ?? openFrom;
        return ClubWeeks.Between(from < openFrom ? from : openFrom, today, generations);
    }

    private static async Task<int> RecomputeWeeksAsync(
        ClimbClubDbContext db,
        IReadOnlyList<ClubWeek> weeks,
        IReadOnlyCollection<Generation> generations,
        HashSet<string> competing,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var from = weeks[0].Start;
        var to = weeks[^1].End;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Date >= from && s.Date <= to && s.VoidedAt == null)
            .Select(s => new
            {
                s.MemberId,
                s.Date,
                s.MemberLevel,
                s.Start,
                s.End,
                Lines = s.Lines.Select(l => new ScoredLine(l.ColourId, l.ColourLevel, l.Count)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var colourPoints = await db.Colours.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Points, cancellationToken);
        var rules = generations.ToDictionary(g => g.Id, g => ScoringRules.For(g.ScoringRule, colourPoints));

        // Replace every stored week that overlaps the span, not only those with the same keys: when an admin
        // creates, moves or deletes a generation, the weeks of those dates start on other days.
        await db.WeeklyScores.Where(w => w.WeekStart <= to && w.WeekEnd >= from).ExecuteDeleteAsync(cancellationToken);
        await db.RankedWeeks.Where(w => w.Start <= to && w.End >= from).ExecuteDeleteAsync(cancellationToken);

        var rows = 0;
        foreach (var week in weeks)
        {
            var rule = week.GenerationId is { } generationId ? rules[generationId] : RelativeToLevelRule.Instance;
            var totals = sessions
                .Where(s => week.Contains(s.Date) && competing.Contains(s.MemberId))
                .GroupBy(s => s.MemberId)
                .Select(member => new WeeklyScore
                {
                    WeekKey = week.Key,
                    WeekStart = week.Start,
                    WeekEnd = week.End,
                    GenerationId = week.GenerationId,
                    WeekNumber = week.Number,
                    MemberId = member.Key,
                    Points = member.Sum(s => rule.Score(s.MemberLevel, s.Lines).Points),
                    Problems = member.Sum(s => s.Lines.Sum(l => l.Count)),
                    Minutes = member.Sum(s => (int)(s.End - s.Start).TotalMinutes),
                    Sessions = member.Count(),
                })
                .OrderBy(s => s.MemberId, StringComparer.Ordinal);
            foreach (var ranked in CompetitionRanking.Rank(totals, s => s.Points))
            {
                ranked.Entry.Rank = ranked.Rank;
                db.WeeklyScores.Add(ranked.Entry);
                rows++;
            }

            db.RankedWeeks.Add(new RankedWeek { Key = week.Key, Start = week.Start, End = week.End, ComputedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Generation and all-time boards are sums of the stored weeks, so frozen weeks count as they were frozen.
    /// Frozen weeks of a generation that was deleted since still count all-time, but there is no board to put them on.
    /// </summary>
    private static async Task RecomputeTotalsAsync(
        ClimbClubDbContext db, List<string> competitors, IReadOnlyCollection<Generation> generations, CancellationToken cancellationToken)
    {
        var sums = await db.WeeklyScores.AsNoTracking()
            .Where(w => competitors.Contains(w.MemberId))
            .GroupBy(w => new { w.GenerationId, w.MemberId })
            .Select(g => new Totals(g.Key.GenerationId, g.Key.MemberId, g.Sum(w => w.Points), g.Sum(w => w.Problems), g.Sum(w => w.Minutes), g.Sum(w => w.Sessions)))
            .ToListAsync(cancellationToken);

        await db.GenerationScores.ExecuteDeleteAsync(cancellationToken);
        await db.AllTimeScores.ExecuteDeleteAsync(cancellationToken);

        var generationIds = generations.Select(g => g.Id).ToHashSet();
        foreach (var generation in sums.Where(s => s.GenerationId is { } id && generationIds.Contains(id)).GroupBy(s => s.GenerationId!.Value))
        {
            var rows = generation.OrderBy(s => s.MemberId, StringComparer.Ordinal).Select(s => new GenerationScore
            {
                GenerationId = generation.Key,
                MemberId = s.MemberId,
                Points = s.Points,
                Problems = s.Problems,
                Minutes = s.Minutes,
                Sessions = s.Sessions,
            });
            foreach (var ranked in CompetitionRanking.Rank(rows, s => s.Points))
            {
                ranked.Entry.Rank = ranked.Rank;
                db.GenerationScores.Add(ranked.Entry);
            }
        }

        var allTime = sums.GroupBy(s => s.MemberId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(member => new AllTimeScore
        {
            MemberId = member.Key,
            Points = member.Sum(s => s.Points),
            Problems = member.Sum(s => s.Problems),
            Minutes = member.Sum(s => s.Minutes),
            Sessions = member.Sum(s => s.Sessions),
        });
        foreach (var ranked in CompetitionRanking.Rank(allTime, s => s.Points))
        {
            ranked.Entry.Rank = ranked.Rank;
            db.AllTimeScores.Add(ranked.Entry);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Totals(int? GenerationId, string MemberId, decimal Points, int Problems, int Minutes, int Sessions);
}

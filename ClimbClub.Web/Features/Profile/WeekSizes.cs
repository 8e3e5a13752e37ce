using System.Collections.Concurrent;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Instances;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Profile;

/// <summary>
/// How many members each stored week's board ranked. Counting a week reads every row of it (thousands in a big club,
/// for each week of a member's history), so the counts of frozen weeks are kept. A frozen week changes only when the
/// ranking job computes it again, which gives it a new stamp, or when a member deletes their account, which calls
/// <see cref="Forget"/> (on the instance that deleted it, which tells the others). Weeks still open are counted on
/// every read: each ranking run rewrites them.
/// </summary>
public sealed class WeekSizes
{
    private const string Topic = "week-sizes";

    private readonly ConcurrentDictionary<string, Size> kept = new(StringComparer.Ordinal);
    private readonly InstanceSignals instances;
    private int version;

    public WeekSizes(InstanceSignals instances)
    {
        this.instances = instances;
        instances.Receive(Topic, _ => ForgetHere());
    }

    /// <summary>The number of rows of each of these stored weeks, by week key.</summary>
    public async Task<IReadOnlyDictionary<string, int>> OfAsync(ClimbClubDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        // Read before the weeks are counted: a count taken while a deletion commits is kept under the old version.
        var readVersion = Volatile.Read(ref version);
        var frozen = await db.RankedWeeks.AsNoTracking()
            .Where(w => keys.Contains(w.Key) && db.RankingRuns.Any(r => r.Id == 1 && w.End < r.FrozenBefore))
            .ToDictionaryAsync(w => w.Key, w => w.ComputedAt, StringComparer.Ordinal, cancellationToken);

        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, stamp) in frozen)
        {
            if (kept.TryGetValue(key, out var size) && size.Stamp == stamp && size.Version == readVersion)
            {
                sizes[key] = size.Members;
            }
        }

        var unknown = keys.Where(k => !sizes.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            var counted = await db.WeeklyScores
                .Where(w => unknown.Contains(w.WeekKey))
                .GroupBy(w => w.WeekKey)
                .Select(week => new { week.Key, Members = week.Count() })
                .ToListAsync(cancellationToken);
            foreach (var week in counted)
            {
                sizes[week.Key] = week.Members;
                if (frozen.TryGetValue(week.Key, out var stamp))
                {
                    kept[week.Key] = new Size(stamp, readVersion, week.Members);
                }
            }
        }

        return sizes;
    }

    /// <summary>Rows have left frozen weeks: no count kept so far holds.</summary>
    public void Forget()
    {
        ForgetHere();
        instances.Send(Topic);
    }

    private void ForgetHere() => Interlocked.Increment(ref version);

    private sealed record Size(DateTimeOffset Stamp, int Version, int Members);
}

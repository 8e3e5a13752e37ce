using System.Globalization;
using BenchmarkDotNet.Reports;

namespace ClimbClub.Benchmarks;

/// <summary>
/// The summary figures from BenchmarkDotNet's results: per club, the weeks the job recomputed, job and floor time (medians
/// of the measured runs), their ratio, the job's allocations and the process's peak working set, against the targets;
/// then whether doubling the history changed the job's time.
/// </summary>
internal static class RankingFigures
{
    /// <summary>Within this factor of the floor.</summary>
    private const double FloorFactor = 3;

    /// <summary>Doubling the history may cost this much more and still count as "the same time".</summary>
    private const double SameTime = 1.2;

    /// <summary>The time targets, by club size: 1,000 members under 50 ms, 100,000 under 3 s.</summary>
    private static readonly Dictionary<int, double> TargetMilliseconds = new() { [1_000] = 50, [100_000] = 3_000 };

    /// <summary>The table; without a summary (no club could be set up), every club as not measured and why.</summary>
    public static void Print(Summary? summary, IEnumerable<ClubSize> sizes, TextWriter output)
    {
        var runs = (summary?.Reports ?? [])
            .Where(r => r.ResultStatistics is not null)
            .ToDictionary(
                r => (r.BenchmarkCase.Descriptor.WorkloadMethod.Name, Members: (int)r.BenchmarkCase.Parameters["Members"], Weeks: (int)r.BenchmarkCase.Parameters["HistoryWeeks"]),
                r => (Milliseconds: r.ResultStatistics!.Median / 1e6, Allocated: r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase)));
        var clubs = sizes.Select(s => (s.Members, s.Weeks)).OrderBy(c => c.Members).ThenBy(c => c.Weeks).ToList();

        output.WriteLine();
        output.WriteLine("Ranking refresh (steady state: one run at the club date, nothing froze since the last); medians");
        output.WriteLine();
        output.WriteLine($"{"members",9} {"history",8} {"weeks",6} {"job ms",10} {"floor ms",10} {"job/floor",10} {"allocated",11} {"peak WS",10}  {"target",-22} met?");
        var (met, targets) = (0, 0);
        foreach (var (members, weeks) in clubs)
        {
            if (!runs.TryGetValue((nameof(RankingBenchmarks.RankingRefresh), members, weeks), out var job)
                || !runs.TryGetValue((nameof(RankingBenchmarks.Floor), members, weeks), out var floor))
            {
                var failure = RankingBenchmarks.Failures.GetValueOrDefault(new ClubSize(members, weeks)) ?? "a run failed; see above.";
                output.WriteLine($"{members,9:N0} {weeks,7}w  not measured: {failure}");
                targets++;
                continue;
            }

            var ratio = job.Milliseconds / floor.Milliseconds;
            var limit = TargetMilliseconds.TryGetValue(members, out var ms) ? ms : (double?)null;
            var misses = new List<string>();
            if (limit is { } l && job.Milliseconds >= l)
            {
                misses.Add("time");
            }

            if (ratio > FloorFactor)
            {
                misses.Add("floor");
            }

            var target = (limit is { } t ? $"< {t:N0} ms, " : "") + $"<= {FloorFactor:N0}x floor";
            (met, targets) = (met + (misses.Count == 0 ? 1 : 0), targets + 1);
            var peak = RankingBenchmarks.PeakWorkingSets.GetValueOrDefault((members, weeks));
            var recomputed = RankingBenchmarks.LastRuns.TryGetValue((members, weeks), out var run) ? run.WeeksComputed.ToString(CultureInfo.InvariantCulture) : "?";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{members,9:N0} {weeks,7}w {recomputed,6} {job.Milliseconds,10:N1} {floor.Milliseconds,10:N2} {ratio,9:N1}x {PeakMemory.Megabytes(job.Allocated),11} {PeakMemory.Megabytes(peak),10}  {target,-22} {(misses.Count == 0 ? "yes" : $"no ({string.Join(", ", misses)})")}"));
        }

        var doubled = clubs.Where(c => clubs.Contains((c.Members, c.Weeks * 2))).ToList();
        if (doubled.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Doubling the history (the job's cost must follow the open weeks, not all history)");
            output.WriteLine();
            output.WriteLine($"{"members",9} {"history",12} {"job ms",22} {"ratio",7}  {"target",-8} met?");
            foreach (var (members, weeks) in doubled)
            {
                var history = $"{weeks}w -> {weeks * 2}w";
                targets++;
                if (!runs.TryGetValue((nameof(RankingBenchmarks.RankingRefresh), members, weeks), out var shorter)
                    || !runs.TryGetValue((nameof(RankingBenchmarks.RankingRefresh), members, weeks * 2), out var longer))
                {
                    output.WriteLine($"{members,9:N0} {history,12}  not measured");
                    continue;
                }

                var growth = longer.Milliseconds / shorter.Milliseconds;
                met += growth <= SameTime ? 1 : 0;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{members,9:N0} {history,12} {$"{shorter.Milliseconds:N1} -> {longer.Milliseconds:N1}",22} {growth,6:N2}x  {$"<= {SameTime:N1}x",-8} {(growth <= SameTime ? "yes" : "no")}"));
            }
        }

        output.WriteLine();
        output.WriteLine($"targets met: {met} of {targets}");
    }
}

using System.Globalization;

namespace ClimbClub.Load;

/// <summary>The start-up table: every run of each database, then their medians.</summary>
internal sealed record StartupFigures(IReadOnlyList<(string Database, IReadOnlyList<StartupRun> Runs)> Databases)
{
    public bool Passed => Databases.All(d => d.Runs.Count > 0 && d.Runs.All(r => r.AppErrors.Count == 0));

    public void Print(TextWriter o, StartupOptions options)
    {
        o.WriteLine();
        o.WriteLine(Invariant($"ClimbClub start-up: the published app started {options.Runs} times on each database, as its own process in Production; times from the process's start"));
        o.WriteLine(Invariant($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        o.WriteLine();
        o.WriteLine(Invariant($"{"database",-16}{"run",7}{"listening",11}{"healthy",9}{"first page",12}{"RSS MB",8}{"peak MB",9}{"app CPU",9}{"busy",6}  start-up ranking run"));
        foreach (var (database, runs) in Databases)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                var run = runs[i];
                Row(o, database, (i + 1).ToString(CultureInfo.InvariantCulture), run.Listening.TotalMilliseconds, run.Healthy.TotalMilliseconds, run.FirstPage.TotalMilliseconds, run.Megabytes, run.PeakMegabytes, run.Cpu.TotalMilliseconds, run.MachineBusy, Ranking(run));
            }

            Row(o, database, "median", Median(runs, r => r.Listening.TotalMilliseconds), Median(runs, r => r.Healthy.TotalMilliseconds), Median(runs, r => r.FirstPage.TotalMilliseconds),
                Median(runs, r => r.Megabytes), Median(runs, r => r.PeakMegabytes), Median(runs, r => r.Cpu.TotalMilliseconds), Median(runs, r => r.MachineBusy),
                Invariant($"{runs.Count(PartOfStartUp)} of {runs.Count} ended before the first page; {Median(runs, r => r.RankingRunMilliseconds):N0} ms; peak after it {Median(runs, r => r.PeakAfterRankingRun):0} MB"));
        }

        var errors = Databases.SelectMany(d => d.Runs).SelectMany(r => r.AppErrors).ToList();
        o.WriteLine();
        o.WriteLine(Invariant($"times in ms: listening = the app printed \"Now listening\"; healthy = /health answered Healthy; first page = / (anonymous) answered 200;"));
        o.WriteLine("memory and the app's CPU time (ms, all threads) read right after the first page; busy = the whole machine's busy share");
        o.WriteLine("from the start to the first page (the app and anything else)");
        o.WriteLine(Invariant($"errors logged by the app: {errors.Count}"));
        foreach (var line in errors.Take(10))
        {
            o.WriteLine($"  {line}");
        }

        o.WriteLine();
        o.WriteLine(Passed ? "=> every start served its first page, no errors" : "=> FAILED: the app logged errors");
    }

    /// <summary>The run counts as part of the start-up when it ended before the first page answered.</summary>
    private static bool PartOfStartUp(StartupRun run) => run.RankingRunFinished <= run.FirstPage;

    private static string Ranking(StartupRun run)
    {
        var started = run.RankingRunFinished - TimeSpan.FromMilliseconds(run.RankingRunMilliseconds);
        var when = PartOfStartUp(run) ? "ended before the first page"
            : started < run.FirstPage ? Invariant($"still running at the first page, ended {(run.RankingRunFinished - run.FirstPage).TotalSeconds:0.0} s after")
            : Invariant($"started {(started - run.FirstPage).TotalSeconds:0.0} s after the first page");
        return Invariant($"{when}; {run.RankingRunMilliseconds:N0} ms; peak after it {run.PeakAfterRankingRun:0} MB");
    }

    private static void Row(TextWriter o, string database, string run, double listening, double healthy, double firstPage, double megabytes, double peak, double cpu, double busy, string ranking) =>
        o.WriteLine(Invariant($"{database,-16}{run,7}{listening,11:0}{healthy,9:0}{firstPage,12:0}{megabytes,8:0}{peak,9:0}{cpu,9:0}{busy,6:P0}  {ranking}"));

    private static double Median(IReadOnlyList<StartupRun> runs, Func<StartupRun, double> figure) => Percentile.Median(runs.Select(figure));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

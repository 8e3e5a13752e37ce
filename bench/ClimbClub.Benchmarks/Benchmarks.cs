using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ClimbClub.Bench;
using Perfolizer.Horology;

namespace ClimbClub.Benchmarks;

/// <summary>
/// Whole-app benchmarks on synthetic clubs. "ranking": the ranking refresh against its floor over clubs of the given
/// sizes (made once and cached under bench/.data), with BenchmarkDotNet in this process, then the summary table against the targets.
/// "clubs": only make the clubs.
/// </summary>
internal static class Benchmarks
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }

        var bench = Path.Combine(Repository.Root, "bench");
        var dataRoot = Path.Combine(bench, ".data");
        if (options.Verb == BenchOptions.Clubs)
        {
            var failed = 0;
            foreach (var size in options.Sizes)
            {
                try
                {
                    await SyntheticClub.EnsureAsync(dataRoot, size, options.Fresh, Console.Out);
                }
                catch (ClubSetupException e)
                {
                    await Console.Error.WriteLineAsync(e.Message);
                    failed++;
                }
            }

            return failed == 0 ? 0 : 1;
        }

        // Clubs are made in a process of their own, so this one's memory holds only what the benchmarks use. A club
        // that could not be set up is reported, not measured; the others are.
        if (options.Fresh || options.Sizes.Any(size => SyntheticClub.TryOpen(dataRoot, size) is null))
        {
            await RunSelfAsync(options.ArgumentsFor(BenchOptions.Clubs));
        }

        foreach (var size in options.Sizes)
        {
            if (SyntheticClub.TryOpen(dataRoot, size) is { } club)
            {
                Console.WriteLine($"{size.Name}: {club.Manifest.Sessions:N0} sessions, {club.Manifest.Lines:N0} lines (made in {club.Manifest.FillSeconds + club.Manifest.SetupSeconds:N0} s)");
                RankingBenchmarks.Clubs[size] = club;
            }
            else
            {
                RankingBenchmarks.Failures[size] = SyntheticClub.FailureOf(dataRoot, size) ?? $"{size.Name} was not made; see above.";
            }
        }

        RankingBenchmarks.MemberCounts = options.Members;
        RankingBenchmarks.HistoryLengths = options.Weeks;
        var summary = RankingBenchmarks.Clubs.Count == 0
            ? null
            : BenchmarkRunner.Run<RankingBenchmarks>(Config(options, Path.Combine(bench, "ClimbClub.Benchmarks", "BenchmarkDotNet.Artifacts")));
        RankingFigures.Print(summary, options.Sizes, Console.Out);
        return summary is null || summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) || RankingBenchmarks.Failures.Count > 0 ? 1 : 0;
    }

    /// <summary>
    /// In this process (the clubs and the app are here), a few runs each: these are operations of milliseconds to
    /// minutes, timed one by one after three warm-up runs (the app's code reaches its optimised tier, as it does in an
    /// app that has run the job for a while), with allocations counted. Medians, as single runs can meet a WAL
    /// checkpoint or a full garbage collection.
    /// </summary>
    private static ManualConfig Config(BenchOptions options, string artifacts) =>
        ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(24), logOutput: true))
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(options.Iterations)
                .WithId("InProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond))
            .WithArtifactsPath(artifacts);

    private static async Task RunSelfAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Benchmarks).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        await child.WaitForExitAsync();
    }

}

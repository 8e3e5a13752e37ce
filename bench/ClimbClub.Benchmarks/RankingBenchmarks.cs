using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using ClimbClub.Web.Features.Rankings;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Benchmarks;

/// <summary>
/// One ranking refresh in the steady state (the last run was at the club date, nothing froze since), run by the app's
/// own <see cref="RankingService"/> on a cached synthetic club, against the floor: one SQL aggregate over the same open
/// weeks' rows. BenchmarkDotNet's Ratio column is job / floor. The clubs are made before the run (<see cref="Clubs"/>).
/// </summary>
public class RankingBenchmarks
{
    public static IReadOnlyList<int> MemberCounts { get; set; } = [];

    public static IReadOnlyList<int> HistoryLengths { get; set; } = [];

    /// <summary>Peak working set of the process during the job's runs (after the app started), by members and weeks.</summary>
    internal static ConcurrentDictionary<(int Members, int Weeks), long?> PeakWorkingSets { get; } = new();

    /// <summary>What the last measured run of each case did, by members and weeks.</summary>
    internal static ConcurrentDictionary<(int Members, int Weeks), RefreshReport> LastRuns { get; } = new();

    internal static Dictionary<ClubSize, Club> Clubs { get; } = [];

    /// <summary>Why a club could not be made, for those that could not.</summary>
    internal static Dictionary<ClubSize, string> Failures { get; } = [];

    private ClubApp? app;

    private RankingService? rankings;

    private RefreshReport? lastRun;

    private OpenWindowFloor? floor;

    [ParamsSource(nameof(MemberCounts))]
    public int Members { get; set; }

    [ParamsSource(nameof(HistoryLengths))]
    public int HistoryWeeks { get; set; }

    private Club Club => Clubs.TryGetValue(new ClubSize(Members, HistoryWeeks), out var club)
        ? club
        : throw new InvalidOperationException(Failures.GetValueOrDefault(new ClubSize(Members, HistoryWeeks)));

    /// <summary>Starts the app on the club; its start-up run (a steady-state run like the measured ones) finishes first.</summary>
    [GlobalSetup(Target = nameof(RankingRefresh))]
    public async Task StartAppAsync()
    {
        app = await ClubApp.StartAsync(Club.Folder, new ClubClock(ClubClock.MomentOn(SyntheticClub.ClubDate)));
        rankings = app.Services.GetRequiredService<RankingService>();
        PeakMemory.Reset();
    }

    [GlobalSetup(Target = nameof(Floor))]
    public void OpenFloor()
    {
        floor = OpenWindowFloor.Open(Club.ConnectionString, SyntheticClub.ClubDate);
    }

    [Benchmark]
    public async Task<RefreshReport> RankingRefresh() => lastRun = await rankings!.RefreshAsync();

    [Benchmark(Baseline = true)]
    public int Floor() => floor!.Read();

    [GlobalCleanup(Target = nameof(RankingRefresh))]
    public async Task StopAppAsync()
    {
        PeakWorkingSets[(Members, HistoryWeeks)] = PeakMemory.Peak();
        if (lastRun is not null)
        {
            LastRuns[(Members, HistoryWeeks)] = lastRun;
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    [GlobalCleanup(Target = nameof(Floor))]
    public void CloseFloor() => floor?.Dispose();
}

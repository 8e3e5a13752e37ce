using System.Net;
using System.Net.Http.Json;

namespace ClimbClub.Load;

/// <summary>One start of the app: when it was ready for what, its memory then, and the start-up ranking run.</summary>
internal sealed record StartupRun(
    TimeSpan Listening,
    TimeSpan Healthy,
    TimeSpan FirstPage,
    double Megabytes,
    double PeakMegabytes,
    TimeSpan Cpu,
    TimeSpan RankingRunFinished,
    int RankingRunMilliseconds,
    double PeakAfterRankingRun,
    double MachineBusy,
    IReadOnlyList<string> AppErrors);

/// <summary>
/// Start-up time and memory of the published app, started again and again as its own process: on an empty data folder
/// (a new club's first start) and on the 10,000-member club. Exits 0 when every start served its first page and the
/// app logged no error.
/// </summary>
internal static class StartupBenchmark
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>How often a starting app is asked whether it is ready: the readiness times are this precise.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = StartupOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(StartupOptions.Usage);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("climbclub-startup-");
        try
        {
            Console.WriteLine($"Publishing the app (Release) into {work.FullName} ...");
            var appDll = await PublishedApp.PublishAsync(work.FullName);

            var club = Path.Combine(work.FullName, "club");
            await BigClub.CopyAsync(StartupOptions.ClubMembers, 0, club, Console.Out);
            Console.WriteLine("Starting the app once on the club copy: it catches up the days since the club's last date ...");
            await StartOnceAsync(appDll, club);

            var empty = new List<StartupRun>();
            var full = new List<StartupRun>();
            for (var run = 1; run <= options.Runs; run++)
            {
                Console.WriteLine($"Run {run} of {options.Runs}: empty data folder, then the {StartupOptions.ClubMembers:N0}-member club ...");
                empty.Add(await MeasureAsync(appDll, Path.Combine(work.FullName, $"empty-{run}"), from: null));
                full.Add(await MeasureAsync(appDll, Path.Combine(work.FullName, $"club-{run}"), from: club));
            }

            var figures = new StartupFigures([("empty database", empty), ($"{StartupOptions.ClubMembers:N0} members", full)]);
            figures.Print(Console.Out, options);
            return figures.Passed ? 0 : 1;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"The start-up benchmark failed: {e.Message}");
            return 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Starts the app on a data folder of its own (empty, or a copy of <paramref name="from"/>), times its start-up
    /// from the process's start, stops it with SIGTERM, and removes the folder.
    /// </summary>
    private static async Task<StartupRun> MeasureAsync(string appDll, string dataFolder, string? from)
    {
        Directory.CreateDirectory(dataFolder);
        if (from is not null)
        {
            CopyFolder(from, dataFolder);
        }

        try
        {
            var machine = MachineLoad.Now();
            await using var app = await PublishedApp.StartAsync(appDll, dataFolder, refreshInterval: null);
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };

            while ((await HealthAsync(client))?.Status != "Healthy")
            {
                await PauseAsync(app, Poll);
            }

            var healthy = app.Running;
            while (!await AnswersAsync(client, "/"))
            {
                await PauseAsync(app, Poll);
            }

            var firstPage = app.Running;
            var (peak, megabytes, cpu) = app.Usage();
            var busy = MachineLoad.Now().BusySince(machine);

            // The ranking job's first run starts with the scheduler; it may end before the first page or after it.
            // Asked less often now: each /health reads the database, beside the run.
            var run = await HealthAsync(client);
            while (run?.LastRankingRun is not { } ranking || ranking.FinishedAt < app.StartedAt)
            {
                await PauseAsync(app, TimeSpan.FromMilliseconds(200));
                run = await HealthAsync(client);
            }

            var finished = run.LastRankingRun.FinishedAt - app.StartedAt;
            return new StartupRun(app.ListeningAfter, healthy, firstPage, megabytes, peak, cpu, finished, run.LastRankingRun.Milliseconds, app.Usage().PeakMegabytes, busy, app.Errors);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>A start that is not measured: the club's first start on this machine's clock does a catch-up a restart does not.</summary>
    private static async Task StartOnceAsync(string appDll, string dataFolder)
    {
        await using var app = await PublishedApp.StartAsync(appDll, dataFolder, refreshInterval: null);
        await using var jobs = new JobWatch(app.BaseUrl);
        await jobs.WaitForRunAfterAsync(app.StartedAt, TimeSpan.FromMinutes(5));
    }

    private static async Task PauseAsync(PublishedApp app, TimeSpan pause)
    {
        if (app.Running > Patience)
        {
            throw new TimeoutException($"The app was not ready {Patience.TotalMinutes:0} minutes after it started.");
        }

        await Task.Delay(pause);
    }

    private static async Task<Health?> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<Health>() : null;
    }

    private static async Task<bool> AnswersAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private sealed record Health(string Status, RankingRun? LastRankingRun);

    private sealed record RankingRun(DateTimeOffset FinishedAt, int Milliseconds);
}

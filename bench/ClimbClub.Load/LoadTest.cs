namespace ClimbClub.Load;

/// <summary>
/// A bounded load test on loopback: the published app as its own process, members logging sessions in real browsers
/// while the ranking job runs every few seconds and gym screens and leaderboards stay open. Exits 0 only when nothing
/// failed and no acknowledged write is missing. A verb first runs one of the other whole-app benchmarks instead.
/// </summary>
internal static class LoadTest
{
    public static Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "pages" => PagesBenchmark.RunAsync(args[1..]),
        "startup" => StartupBenchmark.RunAsync(args[1..]),
        _ => RunAsync(args),
    };

    private static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(LoadOptions.Usage);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("climbclub-load-");
        try
        {
            Console.WriteLine($"Publishing the app (Release) into {work.FullName} ...");
            var appDll = await PublishedApp.PublishAsync(work.FullName);

            var dataFolder = Path.Combine(work.FullName, "data");
            Console.WriteLine($"Seeding {options.Members} members ...");
            var club = await LoadClub.SeedAsync(dataFolder, options.Members, options.Boards);

            await using var app = await PublishedApp.StartAsync(appDll, dataFolder, options.RefreshInterval);
            Console.WriteLine($"App listening on {app.BaseUrl} (pid {app.ProcessId}); {options.Members} members start logging ...");
            var result = await LoadRun.DriveAsync(app, club, options);
            var figures = await LoadRun.CheckAsync(app, dataFolder, result);
            figures.Print(Console.Out, options);
            return figures.Passed ? 0 : 1;
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"Kept {work.FullName}");
            }
            else
            {
                work.Delete(recursive: true);
            }
        }
    }
}

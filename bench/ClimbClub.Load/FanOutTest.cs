using ClimbClub.Core.Time;
using Microsoft.Extensions.Configuration;

namespace ClimbClub.Load;

/// <summary>
/// Live fan-out on loopback: the published app as its own process on the 10,000-member synthetic club, hundreds of
/// open leaderboard circuits held by a protocol client (no browsers), the board changed through the database, and
/// the time from the ranking job's finish until every circuit has the new board; with the memory each idle circuit
/// costs the app. Exits 0 only when no circuit failed or missed an update and the app logged no error.
/// </summary>
internal static class FanOutTest
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = FanOutOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(FanOutOptions.Usage);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("climbclub-fanout-");
        try
        {
            Console.WriteLine($"Publishing the app (Release) into {work.FullName} ...");
            var appDll = await PublishedApp.PublishAsync(work.FullName);

            var dataFolder = Path.Combine(work.FullName, "data");
            Console.WriteLine($"Copying the {FanOutOptions.BigClubSize:N0}-member club ...");
            await BigClub.CopyAsync(FanOutOptions.BigClubSize, options.Members, dataFolder, Console.Out);

            await using var app = await PublishedApp.StartAsync(appDll, dataFolder, options.RefreshInterval);
            Console.WriteLine($"App listening on {app.BaseUrl} (pid {app.ProcessId})");
            await using var watch = new JobWatch(app.BaseUrl);
            var change = new BoardChange(Path.Combine(dataFolder, "climbclub.db"), ClubCalendarOf(appDll));
            var figures = await new FanOutRun(app, watch, change, options, Console.Out).MeasureAsync(CancellationToken.None);
            figures.Print(Console.Out);
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

    /// <summary>The club's calendar as the published app reads it from its settings.</summary>
    private static ClubCalendar ClubCalendarOf(string appDll)
    {
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(Path.GetDirectoryName(appDll)!, "appsettings.json")).Build();
        return new ClubCalendar(TimeZoneInfo.FindSystemTimeZoneById(settings["Club:TimeZone"] ?? "UTC"));
    }
}

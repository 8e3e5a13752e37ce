using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ClimbClub.Load;

/// <summary>
/// Server render time of the pages a member opens most (the boards, my page, a member's profile) under concurrent
/// load: the published app on the 10,000-member synthetic club, HTTP clients signed in as different members reading
/// the server-rendered HTML. Exits 0 when every request got its page and the app logged no error.
/// </summary>
internal static class PagesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = PagesOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(PagesOptions.Usage);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("climbclub-pages-");
        try
        {
            Console.WriteLine($"Publishing the app (Release) into {work.FullName} ...");
            var appDll = await PublishedApp.PublishAsync(work.FullName);
            var dataFolder = Path.Combine(work.FullName, "data");
            await BigClub.CopyAsync(PagesOptions.ClubMembers, options.Clients, dataFolder, Console.Out);
            var ids = await MemberIdsAsync(dataFolder);

            await using var app = await PublishedApp.StartAsync(appDll, dataFolder, refreshInterval: null);
            await using var jobs = new JobWatch(app.BaseUrl);
            Console.WriteLine($"App listening on {app.BaseUrl} (pid {app.ProcessId}); waiting for its start-up ranking run ...");
            await jobs.WaitForRunAfterAsync(app.StartedAt, TimeSpan.FromMinutes(5));

            var club = ids.Values.ToList();
            var members = Enumerable.Range(1, options.Clients)
                .Select(n => new PageMember(app.BaseUrl, BigClub.Email(n), ids[BigClub.Email(n)], club, seed: n))
                .ToList();
            try
            {
                Console.WriteLine($"Signing in {options.Clients} members ...");
                var signIn = Stopwatch.StartNew();
                await Task.WhenAll(members.Select(member => member.SignInAsync(BigClub.MemberPassword)));
                signIn.Stop();

                Console.WriteLine($"Reading pages: {PagesOptions.WarmUp.TotalSeconds:0} s warm-up, then {options.Measured.TotalSeconds:0} s measured ...");
                var result = await PagesRun.DriveAsync(app, members, options);
                await Task.Delay(TimeSpan.FromSeconds(1));
                var figures = new PagesFigures(result, signIn.Elapsed, jobs.Runs.ToDictionary(), app.Errors, app.Warnings);
                figures.Print(Console.Out, options);
                return figures.Passed ? 0 : 1;
            }
            finally
            {
                members.ForEach(member => member.Dispose());
            }
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"The pages benchmark failed: {e.Message}");
            return 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Every member of the synthetic club by email, read from the database file before the app opens it.</summary>
    private static async Task<Dictionary<string, string>> MemberIdsAsync(string dataFolder)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "climbclub.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = """SELECT "Email", "Id" FROM "AspNetUsers" WHERE "NormalizedEmail" LIKE '%@BENCH.TEST'""";
        await using var rows = await query.ExecuteReaderAsync();
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await rows.ReadAsync())
        {
            ids[rows.GetString(0)] = rows.GetString(1);
        }

        return ids;
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ClimbClub.Load;

/// <summary>A gym screen's all-time slide as the TV showed it at the end, and how often its boards re-rendered.</summary>
internal sealed record ScreenSeen(int Updates, IReadOnlyList<(string Name, decimal Points)> AllTime);

/// <summary>What the browsers did and saw.</summary>
internal sealed record LoadResult(
    Recorder Recorder, Traffic Traffic, IReadOnlyList<Acknowledged> Acknowledged, IReadOnlyList<ScreenSeen> Screens,
    IReadOnlyDictionary<DateTimeOffset, int> RankingRuns, TimeSpan Elapsed);

internal static class LoadRun
{
    private const string CountBoardRenders =
        "() => { window.boardRenders = 0; new MutationObserver(() => window.boardRenders++)" +
        ".observe(document.querySelector('[data-testid=screen-boards]'), { childList: true, characterData: true, subtree: true }); }";

    /// <summary>
    /// Opens the screens and boards, then lets every member log their sessions at once; waits for the ranking run after
    /// the last save and reads what the screens show.
    /// </summary>
    public static async Task<LoadResult> DriveAsync(PublishedApp app, LoadClub club, LoadOptions options)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : throw new InvalidOperationException("The load test needs Chromium: apt-get install -y chromium"),
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var recorder = new Recorder();
        var traffic = new Traffic();
        var members = new BrowserMembers(browser, app.BaseUrl, recorder, traffic);

        var screens = new List<IPage>();
        for (var i = 0; i < options.Screens; i++)
        {
            var screen = await members.KioskAsync(club.ScreenKey);
            await BrowserMembers.LiveAsync(screen);
            await screen.EvaluateAsync(CountBoardRenders);
            screens.Add(screen);
        }

        foreach (var watcher in club.Watchers)
        {
            var board = await members.SignedInAsync(watcher.Email, LoadClub.MemberPassword);
            await board.GotoAsync("/leaderboard");
            await BrowserMembers.LiveAsync(board);
        }

        await using var jobs = new JobWatch(app.BaseUrl);
        var elapsed = Stopwatch.StartNew();
        await Task.WhenAll(club.Members.Select((member, i) => members.LogSessionsAsync(member, club.Colours, options.Sessions, seed: i)));
        elapsed.Stop();

        var acknowledged = members.Acknowledged.ToList();
        var lastSave = acknowledged.Count > 0 ? acknowledged.Max(a => a.At) : DateTimeOffset.UtcNow;
        await jobs.WaitForRunAfterAsync(lastSave, TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(2));

        var seen = new List<ScreenSeen>();
        foreach (var screen in screens)
        {
            var rows = screen.Locator("[data-testid=screen-alltime] [data-testid=screen-row]");
            var allTime = new List<(string, decimal)>();
            for (var i = 0; i < await rows.CountAsync(); i++)
            {
                var row = rows.Nth(i);
                allTime.Add((
                    await row.GetAttributeAsync("data-name") ?? "",
                    decimal.Parse((await row.GetByTestId("points").TextContentAsync() ?? "").Trim(), CultureInfo.InvariantCulture)));
            }

            seen.Add(new ScreenSeen(await screen.EvaluateAsync<int>("() => window.boardRenders"), allTime));
        }

        return new LoadResult(recorder, traffic, acknowledged, seen, jobs.Runs.ToDictionary(), elapsed.Elapsed);
    }

    /// <summary>Reads the database file itself (read-only, beside the running app) and compares it with what the browsers were told.</summary>
    public static async Task<Figures> CheckAsync(PublishedApp app, string dataFolder, LoadResult result)
    {
        var usage = app.Usage();
        await using var db = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "climbclub.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();

        var stored = new Dictionary<(string, DateOnly, TimeOnly), int>();
        await using (var sessions = Command(db, """
            SELECT u.Email, s.Date, s.Start, SUM(l.Count)
            FROM Sessions s JOIN AspNetUsers u ON u.Id = s.MemberId JOIN SessionLines l ON l.SessionId = s.Id
            GROUP BY s.Id
            """).ExecuteReader())
        {
            while (await sessions.ReadAsync())
            {
                stored[(sessions.GetString(0), DateOnly.Parse(sessions.GetString(1), CultureInfo.InvariantCulture), TimeOnly.Parse(sessions.GetString(2), CultureInfo.InvariantCulture))] = sessions.GetInt32(3);
            }
        }

        var lost = result.Acknowledged.Count(a => stored.GetValueOrDefault((a.Email, a.Day, a.Start)) != a.Problems);
        var onBoards = Convert.ToInt64(await Command(db, "SELECT COALESCE(SUM(Sessions), 0) FROM AllTimeScores").ExecuteScalarAsync(), CultureInfo.InvariantCulture);

        var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await using (var board = Command(db, "SELECT u.DisplayName, a.Points FROM AllTimeScores a JOIN AspNetUsers u ON u.Id = a.MemberId").ExecuteReader())
        {
            while (await board.ReadAsync())
            {
                points[board.GetString(0)] = decimal.Parse(board.GetString(1), CultureInfo.InvariantCulture);
            }
        }

        var screensRight = result.Screens.Count(s => s.AllTime.Count == Math.Min(10, points.Count) && s.AllTime.All(row => points.GetValueOrDefault(row.Name, -1) == row.Points));
        return new Figures(result, stored.Count, lost, onBoards, screensRight, usage, app.Running, app.Errors, app.Warnings);
    }

    private static SqliteCommand Command(SqliteConnection db, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}

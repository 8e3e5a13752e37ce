using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>
/// Two instances of the app, each its own process with its own data folder, sharing one PostgreSQL database behind a
/// proxy that may send a visitor to either: what the club sees must not depend on which one answers.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class SeveralInstancesTests(BrowserFixture browser)
{
    // Two apps start at once on one database, the second waiting for the first to migrate it: slow on a busy machine.
    private const int StartUpSeconds = 120;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task ASessionLoggedOnOneInstanceReachesTheGymScreenOnAnotherLiveAndTheSignInCarriesOver() => OnOneDatabaseAsync(async (folderA, folderB) =>
    {
        string link;
        DateOnly yesterday;
        await using (var seed = new ClimbClubApp { Root = folderA, KeepData = true })
        {
            await seed.CreateMemberAsync("mina@multi.test", displayName: "Mina Mantle");
            link = await seed.CreateScreenLinkAsync("TV by the wall");
            yesterday = seed.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow).AddDays(-1);
        }

        // B recomputes the boards only as it starts: every refresh after that is A's, and reaches B's pages
        // through the database alone.
        using var a = AppProcess.Start(folderA, Settings("multi-a", Interval, folderA));
        using var b = AppProcess.Start(folderB, Settings("multi-b", TimeSpan.FromHours(1), folderA));
        var addressA = await a.AddressAsync(StartUpSeconds);
        var addressB = await b.AddressAsync(StartUpSeconds);

        var tv = await browser.NewPageAsync(addressB);
        await tv.GotoAsync(link);
        await tv.WaitUntilLiveAsync();
        var minaOnTv = tv.GetByTestId("screen-alltime").Locator("[data-name='Mina Mantle'] [data-testid=points]");
        await Expect(minaOnTv).ToHaveCountAsync(0);
        await tv.EvaluateAsync("() => window.openedOnce = true");

        var member = await browser.NewPageAsync(addressA, phone: true);
        await member.SignInAsync("mina@multi.test", ClimbClubApp.MemberPassword);
        await LogWhiteProblemsAsync(member, addressA, yesterday, "18:00", "19:30", 4);
        var refreshesOnB = b.Count("ranking-refresh slot");

        await Expect(minaOnTv).ToHaveTextAsync("4");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedOnce === true"), "The screen reloaded instead of updating live.");
        Assert.Equal(refreshesOnB, b.Count("ranking-refresh slot"));

        // The sign-in cookie A issued opens B's pages: both read it with the key ring in the database.
        await member.GotoAsync(addressB + "/me");
        await Expect(member).ToHaveURLAsync(new Regex("/me$"));
        await member.WaitUntilLiveAsync();
        await Expect(member.GetByTestId("profile-name")).ToHaveTextAsync("Mina Mantle");
        await Expect(member.GetByTestId("figure-sessions")).ToHaveTextAsync("1");

        // B's listening connection is cut (a database restart, a network hiccup): B listens again, and its screen
        // goes on following what is logged on A.
        await using (var database = new NpgsqlConnection(TestDatabase.ConnectionStringOf(folderA)))
        {
            await database.OpenAsync(Ct);
            await using var cut = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", database);
            cut.Parameters.AddWithValue("name", InstanceSignals.ListenerName("multi-b"));
            Assert.Equal(1L, await cut.ExecuteScalarAsync(Ct));
        }

        await b.WaitForAsync("heard the others again");
        await LogWhiteProblemsAsync(member, addressA, yesterday, "20:00", "21:00", 3);
        await Expect(minaOnTv).ToHaveTextAsync("7");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedOnce === true"), "The screen reloaded instead of updating live.");
    });

    /// <summary>
    /// The bound on a takeover: the killed instance's slot is not run again, and the survivor runs the next slot at its
    /// own firing in it, at most two intervals after the kill (the lease, half an interval, has run out by then even
    /// when the kill comes mid-run); a second allows for the time a firing takes to start on this busy machine.
    /// </summary>
    [Fact]
    public Task TwoInstancesRefreshTheBoardsOncePerIntervalNeverTogetherAndTheSurvivorTakesOverFromAKilledOne() => OnOneDatabaseAsync(async (folderA, folderB) =>
    {
        using var a = AppProcess.Start(folderA, Settings("multi-a", Interval, folderA));
        using var b = AppProcess.Start(folderB, Settings("multi-b", Interval, folderA));
        var instances = new Dictionary<string, AppProcess>(StringComparer.Ordinal) { ["multi-a"] = a, ["multi-b"] = b };
        await a.AddressAsync(StartUpSeconds);
        await b.AddressAsync(StartUpSeconds);

        var started = DateTimeOffset.UtcNow;
        while (RunsOf(a, b).Count < 12)
        {
            Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(60), $"Twelve runs took over a minute:\n{a.Output}\n{b.Output}");
            await Task.Delay(200, Ct);
        }

        AssertNoSlotLeftOut(RunsOf(a, b));
        AssertNoSlotTwiceNorTwoRunsAtOnce(RunsOf(a, b));

        using var http = new HttpClient();
        using var health = JsonDocument.Parse(await http.GetStringAsync(await b.AddressAsync() + "/health", Ct));
        Assert.Equal("multi-b", health.RootElement.GetProperty("instance").GetString());
        var holder = health.RootElement.GetProperty("jobLeases").EnumerateArray()
            .Single(l => l.GetProperty("job").GetString() == "ranking-refresh")
            .GetProperty("holder").GetString()!;
        var survivor = holder == "multi-a" ? "multi-b" : "multi-a";

        var killedAt = DateTimeOffset.UtcNow;
        instances[holder].Kill();
        var waited = DateTimeOffset.UtcNow;
        while (RunsOf(instances[survivor]).Count(r => r.Started > killedAt) < 3)
        {
            Assert.True(DateTimeOffset.UtcNow - waited < TimeSpan.FromSeconds(20), $"{survivor} did not take over:\n{instances[survivor].Output}");
            await Task.Delay(100, Ct);
        }

        var takeover = RunsOf(instances[survivor]).Where(r => r.Started > killedAt).Min(r => r.Started);
        Assert.True(
            takeover - killedAt <= (2 * Interval) + TimeSpan.FromSeconds(1),
            $"{survivor} took over {(takeover - killedAt).TotalSeconds:0.0} s after {holder} was killed.");
        AssertNoSlotLeftOut([.. RunsOf(instances[survivor]).Where(r => r.Started > killedAt)]);
        AssertNoSlotTwiceNorTwoRunsAtOnce(RunsOf(a, b));
    });

    /// <summary>
    /// Runs a test with two data folders, one per instance, whose instances share the first one's database; drops the
    /// database and deletes the folders after.
    /// </summary>
    private static async Task OnOneDatabaseAsync(Func<string, string, Task> test)
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "needs PostgreSQL (CLIMBCLUB_TEST_POSTGRES)");
        var folderA = NewFolder();
        var folderB = NewFolder();
        try
        {
            await test(folderA, folderB);
        }
        finally
        {
            TestDatabase.Drop(folderA);
            DeleteFolder(folderA);
            DeleteFolder(folderB);
        }
    }

    /// <summary>Every interval between the first run and the last had its run.</summary>
    private static void AssertNoSlotLeftOut(IReadOnlyList<Run> runs)
    {
        var slots = runs.Select(r => r.Slot).Distinct().Order().ToList();
        for (var i = 1; i < slots.Count; i++)
        {
            Assert.True(slots[i] - slots[i - 1] == Interval, $"The slot after {slots[i - 1]:O} has no run: the next one is {slots[i]:O}.");
        }
    }

    /// <summary>Logs a session of White problems on the log form of the instance at <paramref name="address"/>.</summary>
    private static async Task LogWhiteProblemsAsync(IPage member, string address, DateOnly day, string start, string end, int problems)
    {
        await member.GotoAsync(address + "/log/new");
        await member.WaitUntilLiveAsync();
        await member.GetByLabel("Day").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await member.GetByLabel("Start").FillAsync(start);
        await member.GetByLabel("End").FillAsync(end);
        await member.GetByRole(AriaRole.Button, new() { Name = "Add White", Exact = true }).ClickAsync();
        await member.GetByLabel("White problems solved").FillAsync(problems.ToString(CultureInfo.InvariantCulture));
        await member.GetByTestId("save-session").ClickAsync();
        await Expect(member).ToHaveURLAsync(new Regex("/log$"));
    }

    /// <summary>No interval ran twice, and no run started before the one before it had finished, whichever instance ran them.</summary>
    private static void AssertNoSlotTwiceNorTwoRunsAtOnce(IReadOnlyList<Run> runs)
    {
        var twice = runs.GroupBy(r => r.Slot).Where(g => g.Count() > 1).Select(g => $"{g.Key:O} by {string.Join(", ", g.Select(r => r.Instance))}").ToList();
        Assert.True(twice.Count == 0, "Slots run twice: " + string.Join("; ", twice));

        var byStart = runs.OrderBy(r => r.Started).ToList();
        for (var i = 1; i < byStart.Count; i++)
        {
            Assert.True(
                byStart[i].Started >= byStart[i - 1].Finished,
                $"{byStart[i].Instance} started at {byStart[i].Started:O} while {byStart[i - 1].Instance} ran until {byStart[i - 1].Finished:O}.");
        }
    }

    /// <summary>The ranking runs each instance logged as started and finished (a run still going is left out).</summary>
    private static List<Run> RunsOf(params AppProcess[] apps)
    {
        var runs = new List<Run>();
        foreach (var app in apps)
        {
            var started = new Dictionary<DateTimeOffset, (string Instance, DateTimeOffset At)>();
            foreach (Match line in RunLine().Matches(app.Output))
            {
                var slot = DateTimeOffset.Parse(line.Groups["slot"].Value, CultureInfo.InvariantCulture);
                var at = DateTimeOffset.Parse(line.Groups["at"].Value, CultureInfo.InvariantCulture);
                if (line.Groups["what"].Value == "started")
                {
                    started[slot] = (line.Groups["instance"].Value, at);
                }
                else if (started.Remove(slot, out var start))
                {
                    runs.Add(new Run(start.Instance, slot, start.At, at));
                }
            }
        }

        return runs;
    }

    private static Dictionary<string, string> Settings(string name, TimeSpan interval, string databaseFolder) => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Instance__Name"] = name,
        ["Rankings__RefreshInterval"] = interval.ToString("c", CultureInfo.InvariantCulture),
        ["ConnectionStrings__ClimbClub"] = TestDatabase.ConnectionStringOf(databaseFolder),
        ["RateLimits__SignInsPerIpPerMinute"] = "1000",
        ["RateLimits__SignInsPerEmailPerMinute"] = "1000",
    };

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // This instance never made it.
        }
    }

    [GeneratedRegex(@"ranking-refresh slot (?<slot>\S+) (?<what>started|finished) on (?<instance>\S+) at (?<at>\S+)")]
    private static partial Regex RunLine();

    private sealed record Run(string Instance, DateTimeOffset Slot, DateTimeOffset Started, DateTimeOffset Finished);
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Rankings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>
/// The app dies while members log: it runs as its own process (as deployed, ranking every second), several members
/// save sessions on the log form at once, each in their own browser, and the process is killed outright (SIGKILL)
/// with saves under way. Every session a browser was told is saved is in a sound file, nothing half-written is, and
/// the app starts on that file again as if nothing had happened.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CrashTests(BrowserFixture browser)
{
    private const int Members = 4;
    private const int SessionsEach = 6;

    // A save waits for the database while the ranking job writes; on a busy machine that can take longer than Expect's 5 s.
    private const float SaveTimeout = 15_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAppKilledWhileMembersLogKeepsEverySessionTheirBrowsersShowedAsSavedAndStartsCleanAgain()
    {
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        var plans = new Dictionary<string, List<Planned>>(StringComparer.Ordinal);
        await using (var setup = new ClimbClubApp { Root = root, KeepData = true })
        {
            var yesterday = setup.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow).AddDays(-1);
            for (var member = 0; member < Members; member++)
            {
                var email = $"crash{member}@club.test";
                plans[email] = Plan(await setup.CreateMemberAsync(email), member, yesterday);
            }
        }

        var planned = plans.Values.SelectMany(sessions => sessions).ToHashSet();
        var acknowledged = new ConcurrentBag<Planned>();
        var saving = 0;
        var acknowledgedAtKill = 0;
        using var kill = new CancellationTokenSource();
        var pages = new List<IPage>();
        try
        {
            using var server = AppProcess.Start(root, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Rankings__RefreshInterval"] = "00:00:01",
                ["RateLimits__SignInsPerIpPerMinute"] = "1000",
                ["RateLimits__SignInsPerEmailPerMinute"] = "1000",
                ["Bootstrap__AdminEmail"] = ClimbClubApp.AdminEmail,
                ["Bootstrap__AdminPassword"] = ClimbClubApp.AdminPassword,
            });
            var baseUrl = await server.AddressAsync();

            async Task LogAllAsync(IPage page, string email, List<Planned> sessions)
            {
                try
                {
                    await page.SignInAsync(email, ClimbClubApp.MemberPassword);
                    foreach (var session in sessions.TakeWhile(_ => !kill.IsCancellationRequested))
                    {
                        await page.GotoAsync("/log/new");
                        await page.WaitUntilLiveAsync();
                        await FillInAsync(page, session);
                        Interlocked.Increment(ref saving);
                        await page.GetByTestId("save-session").ClickAsync();
                        await Expect(page).ToHaveURLAsync(new Regex("/log$"), new() { Timeout = SaveTimeout });
                        await Expect(page.GetByText($"Your session of {Day(session)} is saved.")).ToBeVisibleAsync(new() { Timeout = SaveTimeout });
                        acknowledged.Add(session);
                        Interlocked.Decrement(ref saving);
                    }
                }
                catch (PlaywrightException) when (kill.IsCancellationRequested)
                {
                    // The app is gone: this save, if any, was never acknowledged.
                }
            }

            var members = new List<Task>();
            foreach (var (email, sessions) in plans)
            {
                var page = await browser.NewPageAsync(baseUrl, phone: true);
                pages.Add(page);
                members.Add(LogAllAsync(page, email, sessions));
            }

            // Kill once about half the sessions are acknowledged, at a moment when a member has pressed Save and waits.
            while (acknowledged.Count < planned.Count / 2 || Volatile.Read(ref saving) == 0)
            {
                if (members.FirstOrDefault(m => m.IsFaulted) is { } failed)
                {
                    await failed;
                }

                Assert.False(members.TrueForAll(m => m.IsCompleted), "The members finished logging before the kill.");
                await Task.Delay(5, Ct);
            }

            kill.Cancel();
            server.Kill();
            acknowledgedAtKill = acknowledged.Count;

            // Closing the browsers ends the saves still waiting for an answer at once, instead of at their timeouts.
            await Task.WhenAll(pages.Select(page => page.Context.CloseAsync()));
            await Task.WhenAll(members);
        }
        finally
        {
            await Task.WhenAll(pages.Select(page => page.Context.CloseAsync()));
        }

        Assert.InRange(acknowledgedAtKill, planned.Count / 2, planned.Count - 1);
        if (!TestDatabase.IsPostgres)
        {
            Assert.Equal("ok", DatabaseFile.IntegrityOf(root));
        }


        var restartedAt = DateTimeOffset.UtcNow;
        await using var restarted = new ClimbClubApp { Root = root }.With("Rankings:RefreshInterval", "01:00:00");
        var stored = await restarted.WithDbAsync(db => db.Sessions
            .Select(s => new Planned(s.MemberId, s.Date, s.Start, s.Lines.Sum(l => l.Count)))
            .ToListAsync(Ct));
        Assert.Subset(stored.ToHashSet(), acknowledged.ToHashSet());
        Assert.Subset(planned, stored.ToHashSet());

        Assert.Empty(await restarted.WithDbAsync(db => db.Database.GetPendingMigrationsAsync(Ct)));
        await Durability.WaitForTheStartUpRunAsync(restarted, restartedAt);
        await restarted.Services.GetRequiredService<RankingService>().RefreshAsync(Ct);
        Assert.Equal(await Durability.CleanRecomputeAsync(restarted), await Durability.BoardsAsync(restarted));
        Assert.Equal(stored.Count, await restarted.WithDbAsync(db => db.AllTimeScores.SumAsync(a => a.Sessions, Ct)));
        Assert.DoesNotContain(restarted.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    /// <summary>
    /// A member's sessions for one day, a quarter of an hour apart so none overlaps another, each with its own
    /// number of problems on the easiest colour (the member's level, one point each).
    /// </summary>
    private static List<Planned> Plan(string memberId, int member, DateOnly day) =>
        [.. Enumerable.Range(0, SessionsEach).Select(i => new Planned(memberId, day, new TimeOnly(8, 0).AddMinutes(15 * i), 1 + ((member + i) % 6)))];

    /// <summary>Fills in the log form as a member does, and waits until the preview counts the problems.</summary>
    private static async Task FillInAsync(IPage page, Planned session)
    {
        await page.GetByLabel("Day").FillAsync(Day(session));
        await page.GetByLabel("Start").FillAsync(session.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("End").FillAsync(session.Start.AddMinutes(10).ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add White", Exact = true }).ClickAsync();
        await page.GetByLabel("White problems solved").FillAsync(session.Problems.ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("preview-total")).ToHaveTextAsync(session.Problems.ToString(CultureInfo.InvariantCulture));
    }

    private static string Day(Planned session) => session.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A session as a member enters it, and as it is stored: member, day and start (unique, as sessions never overlap) and its problems.</summary>
    private sealed record Planned(string MemberId, DateOnly Day, TimeOnly Start, int Problems);
}

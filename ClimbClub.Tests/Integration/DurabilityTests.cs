using System.Collections.Concurrent;
using System.Data.Common;
using ClimbClub.Core.Log;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Rankings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The database keeps what it acknowledged: WAL with a busy timeout lets two processes write at once, a process killed
/// mid-write leaves a sound file, and a ranking run cut short changes no board.
/// </summary>
public sealed class DurabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryConnectionTheAppHandsOutIsInWalWithABusyTimeoutForeignKeysAndNormalSync()
    {
        TestDatabase.SkipOnPostgres("the settings of its connections");
        using var app = new ClimbClubApp();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimbClubDbContext>>().CreateDbContextAsync(Ct);
        await db.Database.OpenConnectionAsync(Ct);
        var connection = db.Database.GetDbConnection();

        Assert.Equal(
            ("wal", "5000", "1", "1"),
            (Pragma(connection, "journal_mode"), Pragma(connection, "busy_timeout"), Pragma(connection, "foreign_keys"), Pragma(connection, "synchronous")));
    }

    /// <summary>
    /// Two processes write one file: this test process logs sessions through the app's log service from many tasks,
    /// while the app run as its own process recomputes the boards every second. That process is killed outright
    /// (SIGKILL) in the middle of it; the writers carry on, and then the file is checked as it was left.
    /// </summary>
    [Fact]
    public async Task AKilledWriterLeavesASoundFileWithEveryAcknowledgedSessionAndBoardsThatRecomputeTheSame()
    {
        const int Members = 8;
        const int SessionsEach = 24;
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        var acknowledged = new ConcurrentDictionary<long, int>();
        await using (var app = new ClimbClubApp { Root = root, KeepData = true }.With("Rankings:RefreshInterval", "01:00:00"))
        {
            var members = new List<string>();
            for (var i = 0; i < Members; i++)
            {
                members.Add(await app.CreateMemberAsync($"climber{i}@club.test"));
            }

            await SeedEarlierSessionsAsync(app, members, await Durability.SessionAtAsync(app, 0, 1));

            using var ranker = AppProcess.Start(root, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Rankings__RefreshInterval"] = "00:00:01",
                ["Bootstrap__AdminEmail"] = ClimbClubApp.AdminEmail,
                ["Bootstrap__AdminPassword"] = ClimbClubApp.AdminPassword,
            });
            await ranker.WaitForAsync("Rankings refreshed", 2);

            var work = new ConcurrentQueue<(string Member, int Slot)>(
                Enumerable.Range(0, SessionsEach).SelectMany(slot => members.Select(member => (member, slot * 2))));
            var writers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                while (work.TryDequeue(out var next))
                {
                    var problems = 1 + (next.Slot % 5);
                    var id = await Durability.LogAsync(app, next.Member, await Durability.SessionAtAsync(app, next.Slot, problems));
                    acknowledged[id] = problems;
                }
            })).ToList();

            while (acknowledged.Count < Members * SessionsEach / 2)
            {
                await Task.Delay(10, Ct);
            }

            // Counted as the signal goes out: waiting for the killed process to be reaped can outlast the writers.
            var acknowledgedAtKill = acknowledged.Count;
            ranker.Kill();
            Assert.True(acknowledgedAtKill < Members * SessionsEach, "The writers finished before the kill.");

            await Task.WhenAll(writers);
            Assert.Equal(Members * SessionsEach, acknowledged.Count);

            // The killed process's last claims hold until their slot and lease are over; an app started before then
            // would rightly leave its start-up run to them.
            var claimsOver = (await app.WithDbAsync(db => db.JobLeases.AsNoTracking().ToListAsync(Ct)))
                .Max(lease => lease.SlotEnd > lease.LeaseUntil ? lease.SlotEnd : lease.LeaseUntil);
            var wait = claimsOver - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait + TimeSpan.FromMilliseconds(50), Ct);
            }
        }

        if (!TestDatabase.IsPostgres)
        {
            Assert.Equal("ok", DatabaseFile.IntegrityOf(root));
        }

        var reopenedAt = DateTimeOffset.UtcNow;
        await using var reopened = new ClimbClubApp { Root = root }.With("Rankings:RefreshInterval", "01:00:00");
        var stored = await reopened.WithDbAsync(db => db.Sessions.Select(s => new { s.Id, Problems = s.Lines.Sum(l => l.Count) }).ToDictionaryAsync(s => s.Id, s => s.Problems, Ct));
        Assert.All(acknowledged, session => Assert.Equal(session.Value, stored.GetValueOrDefault(session.Key)));

        await Durability.WaitForTheStartUpRunAsync(reopened, reopenedAt);
        await reopened.Services.GetRequiredService<RankingService>().RefreshAsync(Ct);
        var repaired = await Durability.BoardsAsync(reopened);
        Assert.Equal(await Durability.CleanRecomputeAsync(reopened), repaired);
        Assert.Equal(stored.Count, await reopened.WithDbAsync(db => db.AllTimeScores.SumAsync(a => a.Sessions, Ct)));
    }

    /// <summary>
    /// A run stopped between its steps (here just as it writes the all-time board, after the weekly and generation
    /// rows were written) commits nothing: the boards stay as the last run left them, and the next run is right.
    /// </summary>
    [Fact]
    public async Task ARankingRunCutShortLeavesThePreviousBoardsAndTheNextRunIsRight()
    {
        var cutter = new RunCutter();
        await using var app = new CuttableApp(cutter);
        app.With("Rankings:RefreshInterval", "01:00:00");
        await Durability.WaitForTheStartUpRunAsync(app);
        var rankings = app.Services.GetRequiredService<RankingService>();
        var ana = await app.CreateMemberAsync("ana@club.test");
        var ben = await app.CreateMemberAsync("ben@club.test");
        await Durability.LogAsync(app, ana, await Durability.SessionAtAsync(app, 0, 3));
        await Durability.LogAsync(app, ben, await Durability.SessionAtAsync(app, 0, 5));
        await rankings.RefreshAsync(Ct);
        var before = await Durability.BoardsAsync(app);
        var lastRun = await app.WithDbAsync(db => db.RankingRuns.AsNoTracking().SingleAsync(Ct));

        await Durability.LogAsync(app, ana, await Durability.SessionAtAsync(app, 2, 4));
        using (var cut = new CancellationTokenSource())
        {
            cutter.Token = cut;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rankings.RefreshAsync(cut.Token));
            cutter.Token = null;
        }

        Assert.True(cutter.Cut);
        Assert.Equal(before, await Durability.BoardsAsync(app));
        Assert.Equal(lastRun.FinishedAt, await app.WithDbAsync(db => db.RankingRuns.Select(r => r.FinishedAt).SingleAsync(Ct)));

        await rankings.RefreshAsync(Ct);
        var after = await Durability.BoardsAsync(app);
        Assert.Contains($"all-time {ana}: rank 1 7 pts 2 sessions", after, StringComparison.Ordinal);
        Assert.Equal(await Durability.CleanRecomputeAsync(app), after);
    }

    /// <summary>
    /// A busy day before the test's own sessions (from 01:00 on, so none overlaps them), for the ranking runs to take
    /// long enough that the kill lands while they write.
    /// </summary>
    private static Task<int> SeedEarlierSessionsAsync(ClimbClubApp app, List<string> members, SessionInput like) =>
        app.WithDbAsync(async db =>
        {
            var colour = await db.Colours.SingleAsync(c => c.Id == like.Lines[0].ColourId, Ct);
            db.Sessions.AddRange(members.SelectMany(member => Enumerable.Range(60, 500).Select(minute => new Session
            {
                MemberId = member,
                Date = like.Date!.Value,
                Start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)),
                End = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute + 1)),
                GymId = like.GymId,
                MemberLevel = colour.Level,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
                Lines = [new SessionLine { ColourId = colour.Id, ColourLevel = colour.Level, Count = 2 }],
            })));
            return await db.SaveChangesAsync(Ct);
        });

    private static string Pragma(DbConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    /// <summary>Cancels the run that carries <see cref="Token"/> as it starts writing the all-time board.</summary>
    private sealed class RunCutter : DbCommandInterceptor
    {
        public CancellationTokenSource? Token { get; set; }

        public bool Cut { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            CutAt(command, cancellationToken);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            CutAt(command, cancellationToken);
            return ValueTask.FromResult(result);
        }

        private void CutAt(DbCommand command, CancellationToken cancellationToken)
        {
            if (Token is { } token && cancellationToken == token.Token && command.CommandText.Contains("INSERT INTO \"AllTimeScores\"", StringComparison.Ordinal))
            {
                Cut = true;
                token.Cancel();
            }
        }
    }

    private sealed class CuttableApp(RunCutter cutter) : ClimbClubApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureDbContext<ClimbClubDbContext>(options => options.AddInterceptors(cutter), ServiceLifetime.Singleton);
                services.ConfigureDbContext<PostgresClimbClubDbContext>(options => options.AddInterceptors(cutter), ServiceLifetime.Singleton);
            });
        }
    }
}

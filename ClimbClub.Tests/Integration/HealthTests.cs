using System.Net;
using System.Text.Json;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>/health, as a monitor reads it: anonymous JSON, 200 while the database answers, 503 when it does not.</summary>
public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AHealthyAppReportsItsVersionTheDatabaseAndTheJobsLastRunsWithoutNamingAnyone()
    {
        using var app = new ClimbClubApp().With("Rankings:RefreshInterval", "01:00:00");
        await Durability.WaitForTheStartUpRunAsync(app);
        var run = await app.WithDbAsync(db => db.RankingRuns.AsNoTracking().SingleAsync(Ct));
        DateOnly? night;
        while ((night = await app.WithDbAsync(db => db.AttendanceRuns.MaxAsync(r => (DateOnly?)r.Day, Ct))) is null)
        {
            await Task.Delay(50, Ct);
        }

        using var visitor = app.CreateVisitor();

        using var response = await visitor.GetAsync(new Uri("/health", UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var health = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("database").GetString());
        Assert.False(string.IsNullOrWhiteSpace(health.GetProperty("version").GetString()));
        Assert.Equal(run.FinishedAt, health.GetProperty("lastRankingRun").GetProperty("finishedAt").GetDateTimeOffset());
        Assert.Equal(run.DurationMilliseconds, health.GetProperty("lastRankingRun").GetProperty("milliseconds").GetInt32());
        var yesterday = app.Services.GetRequiredService<ClubCalendar>().DateOf(DateTimeOffset.UtcNow).AddDays(-1);
        Assert.Equal(yesterday, night);
        Assert.Equal(night, DateOnly.Parse(health.GetProperty("lastAttendanceNightClosed").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthNamesTheInstanceThatAnswersAndWhichInstanceRanEachJob()
    {
        using var app = new ClimbClubApp().With("Rankings:RefreshInterval", "01:00:00").With("Instance:Name", "web-7");
        using var visitor = app.CreateVisitor();
        var waited = DateTimeOffset.UtcNow;
        JsonElement health;
        while (!BothJobsRan(health = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/health", UriKind.Relative), Ct)).RootElement))
        {
            Assert.True(DateTimeOffset.UtcNow - waited < TimeSpan.FromSeconds(15), "The start-up runs never showed in /health: " + health);
            await Task.Delay(50, Ct);
        }

        Assert.Equal("web-7", health.GetProperty("instance").GetString());
        var leases = health.GetProperty("jobLeases").EnumerateArray().ToDictionary(l => l.GetProperty("job").GetString()!);
        Assert.Equal(["attendance-nightly", "challenge-progress", "ranking-refresh"], leases.Keys.Order(StringComparer.Ordinal));
        Assert.All(leases.Values, lease => Assert.Equal("web-7", lease.GetProperty("holder").GetString()));
        Assert.All(leases.Values, lease => Assert.False(lease.GetProperty("running").GetBoolean()));
        var ranking = leases["ranking-refresh"];
        Assert.True(ranking.GetProperty("claimedAt").GetDateTimeOffset() <= ranking.GetProperty("finishedAt").GetDateTimeOffset());

        static bool BothJobsRan(JsonElement health) =>
            health.GetProperty("jobLeases").EnumerateArray().Count(l => l.GetProperty("finishedAt").ValueKind != JsonValueKind.Null) == 3;
    }

    [Fact]
    public async Task AnUnreadableDatabaseGives503()
    {
        using var app = new ClimbClubApp().With("Rankings:RefreshInterval", "01:00:00");
        await Durability.WaitForTheStartUpRunAsync(app);
        using var visitor = app.CreateVisitor();
        Ruin(app.Root);

        using var response = await visitor.GetAsync(new Uri("/health", UriKind.Relative), Ct);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", health.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", health.GetProperty("database").GetString());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("lastRankingRun").ValueKind);
    }

    /// <summary>Takes the database away from under the app: the PostgreSQL database is dropped, the SQLite file spoilt.</summary>
    private static void Ruin(string dataFolder)
    {
        if (TestDatabase.IsPostgres)
        {
            TestDatabase.Drop(dataFolder);
            return;
        }

        SqliteConnection.ClearAllPools();

        // The database is moved away and garbage put in its place, rather than overwritten: a start-up job may still
        // hold a connection, and SQLite shares what it knows of an open file (its write-ahead log index) with every
        // connection the process opens to the same file.
        var database = DatabaseFile.In(dataFolder);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(database + suffix))
            {
                File.Move(database + suffix, database + suffix + ".gone");
            }
        }

        File.WriteAllText(database, new string('x', 4096));
    }
}

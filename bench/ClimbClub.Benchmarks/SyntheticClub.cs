using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Benchmarks;

/// <summary>A synthetic club: how many members, and how many weeks of history before the club date.</summary>
internal sealed record ClubSize(int Members, int Weeks)
{
    public string Name => string.Create(CultureInfo.InvariantCulture, $"club-{Members}-{Weeks}w");
}

/// <summary>A database filled with a club's members and history, before any ranking run; beside the club's folder.</summary>
internal sealed record FilledClub(int Generator, string DatabaseFile, long Sessions, long Lines, double FillSeconds);

/// <summary>What a club's data folder holds, ready for the benchmarks, and how long it took to make; club.json in it.</summary>
internal sealed record ClubManifest(
    int Generator, string Migration, string DatabaseFile, int Members, int Weeks, DateOnly ClubDate, long Sessions, long Lines, double FillSeconds, double SetupSeconds);

/// <summary>A club ready on disk: its data folder (the app's Storage:DataFolder) and its database.</summary>
internal sealed record Club(string Folder, ClubManifest Manifest)
{
    public string ConnectionString => $"Data Source={Path.Combine(Folder, Manifest.DatabaseFile)}";
}

/// <summary>The ranking job failed while the club was being set up; the message says where.</summary>
internal sealed class ClubSetupException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Makes a club once and keeps it, in two steps. Filling: the app's own start-up creates the database (migrations,
/// roles, generations, gyms, colours, admin), <see cref="ClubFiller"/> adds the members and their history, and a copy
/// is kept (club-N-Ww.filled.db). Setup, on a copy of that: the app's ranking job catches up the history as if the app
/// had been down for <see cref="CatchUpWeeks"/> weeks at a time, ending with a run on the club date (club-N-Ww/, the
/// app's data folder). Benchmarks start from that state: the last run was at the club date, nothing froze since.
/// A new generator fills again; a new migration in the app (a new ranking job, say) only sets up again.
/// </summary>
internal static class SyntheticClub
{
    /// <summary>Bump when the data the generator writes changes.</summary>
    public const int Generator = 1;

    /// <summary>A Wednesday: the history ends the day before, and the benchmarks run at noon UTC of it.</summary>
    public static readonly DateOnly ClubDate = new(2026, 11, 25);

    /// <summary>
    /// The setup's runs are this many weeks of club time apart. One run over two years would hold every session in
    /// memory at once with the ranking job as it is; the boards come out the same either way.
    /// </summary>
    public const int CatchUpWeeks = 8;

    private const string ManifestFile = "club.json";

    private const string FailureFile = "setup-failed.txt";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string FolderOf(string dataRoot, ClubSize size) => Path.Combine(dataRoot, size.Name);

    /// <summary>The club if it is made and current (same generator, same migrations), or null.</summary>
    public static Club? TryOpen(string dataRoot, ClubSize size)
    {
        var folder = FolderOf(dataRoot, size);
        return Read<ClubManifest>(Path.Combine(folder, ManifestFile)) is { } manifest && manifest.Generator == Generator && manifest.Migration == LatestMigration()
            ? new Club(folder, manifest)
            : null;
    }

    /// <summary>Why the club's last setup failed, if it did and nothing was made since.</summary>
    public static string? FailureOf(string dataRoot, ClubSize size)
    {
        var path = Path.Combine(FolderOf(dataRoot, size), FailureFile);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The club, made or set up again when needed; <paramref name="fresh"/> makes it from nothing.</summary>
    public static async Task<Club> EnsureAsync(string dataRoot, ClubSize size, bool fresh, TextWriter log)
    {
        if (!fresh && TryOpen(dataRoot, size) is { } cached)
        {
            log.WriteLine($"{size.Name}: cached in {cached.Folder} ({cached.Manifest.Sessions:N0} sessions, {cached.Manifest.Lines:N0} lines)");
            return cached;
        }

        var folder = FolderOf(dataRoot, size);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var filledPath = Path.Combine(dataRoot, size.Name + ".filled.db");
        var filled = fresh ? null : Read<FilledClub>(filledPath + ".json") is { Generator: Generator } kept && File.Exists(filledPath) ? kept : null;
        if (filled is null)
        {
            log.WriteLine($"{size.Name}: filling it in {folder} ...");
            filled = await FillAsync(folder, size, log);
            File.Copy(Path.Combine(folder, filled.DatabaseFile), filledPath, overwrite: true);
            await File.WriteAllTextAsync(filledPath + ".json", JsonSerializer.Serialize(filled, Json));
        }
        else
        {
            log.WriteLine($"{size.Name}: setting it up in {folder} from {filledPath} ...");
            Directory.CreateDirectory(folder);
            File.Copy(filledPath, Path.Combine(folder, filled.DatabaseFile));
        }

        var clock = Stopwatch.StartNew();
        try
        {
            await CatchUpRankingsAsync(folder, size, log);
        }
        catch (ClubSetupException e)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, FailureFile), e.Message);
            throw;
        }

        var setupSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"  rankings caught up in {setupSeconds:F0} s");

        var manifest = new ClubManifest(
            Generator, LatestMigration(), filled.DatabaseFile, size.Members, size.Weeks, ClubDate, filled.Sessions, filled.Lines, filled.FillSeconds, setupSeconds);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, Json));
        return new Club(folder, manifest);
    }

    private static async Task<FilledClub> FillAsync(string folder, ClubSize size, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        ClubReference reference;
        string connectionString;
        await using (var app = await ClubApp.StartAsync(folder, new ClubClock(ClubClock.MomentOn(ClubDate))))
        {
            reference = await PrepareAsync(app, ClubDate.AddDays(-7 * size.Weeks));
            connectionString = app.Services.GetRequiredService<StoragePaths>().ConnectionString;
        }

        SqliteConnection.ClearAllPools();
        var (sessions, lines) = ClubFiller.Fill(connectionString, size, ClubDate, reference, log);
        log.WriteLine($"  filled in {clock.Elapsed.TotalSeconds:F0} s: {size.Members:N0} members, {sessions:N0} sessions, {lines:N0} lines");
        return new FilledClub(Generator, Path.GetFileName(new SqliteConnectionStringBuilder(connectionString).DataSource), sessions, lines, clock.Elapsed.TotalSeconds);
    }

    private static T? Read<T>(string path) => File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) : default;

    /// <summary>The newest migration the app has: a club made before it is made again.</summary>
    private static string LatestMigration()
    {
        using var db = new ClimbClubDbContext(new DbContextOptionsBuilder<ClimbClubDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Database.GetMigrations().Last();
    }

    /// <summary>
    /// Gives the new database generations back to <paramref name="historyStart"/> (yearly, before the seeded ones),
    /// clears the boards of the start-up run (it ranked an empty club on the club date) and reads what the filler needs.
    /// </summary>
    private static async Task<ClubReference> PrepareAsync(ClubApp app, DateOnly historyStart)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimbClubDbContext>>().CreateDbContextAsync();
        var earliest = await db.Generations.OrderBy(g => g.StartDate).FirstAsync();
        while (earliest.StartDate > historyStart)
        {
            earliest = new Generation
            {
                Number = earliest.Number - 1,
                StartDate = earliest.StartDate.AddYears(-1),
                EndDate = earliest.StartDate.AddDays(-1),
            };
            db.Generations.Add(earliest);
        }

        await db.SaveChangesAsync();
        await db.RankingRuns.ExecuteDeleteAsync();
        await db.RankedWeeks.ExecuteDeleteAsync();
        await db.WeeklyScores.ExecuteDeleteAsync();
        await db.GenerationScores.ExecuteDeleteAsync();
        await db.AllTimeScores.ExecuteDeleteAsync();

        return new ClubReference(
            await db.Generations.Where(g => g.EndDate >= historyStart && g.StartDate <= ClubDate).OrderBy(g => g.Number).Select(g => g.Id).ToListAsync(),
            await db.Colours.ToDictionaryAsync(c => c.Level, c => c.Id),
            await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).ToListAsync(),
            await db.Roles.Where(r => r.Name == ClubRoles.Member).Select(r => r.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == ClubApp.AdminEmail).Select(u => u.Id).SingleAsync(),
            app.Services.GetRequiredService<ClubCalendar>().Zone);
    }

    /// <summary>
    /// The ranking job's runs through the history, called one after the other with the clock at each stop, the last on
    /// the club date; then the nightly attendance job there, so that an app started at the club date has nothing of its
    /// own to catch up. The app starts at the first day of the history, where its own start-up runs have nothing to do.
    /// Not measured; it builds the frozen weeks the benchmarks start from.
    /// </summary>
    private static async Task CatchUpRankingsAsync(string folder, ClubSize size, TextWriter log)
    {
        var historyStart = ClubDate.AddDays(-7 * size.Weeks);
        var stops = new List<DateOnly>();
        for (var stop = historyStart.AddDays(7 * CatchUpWeeks); stop < ClubDate; stop = stop.AddDays(7 * CatchUpWeeks))
        {
            stops.Add(stop);
        }

        stops.Add(ClubDate);
        var clock = new ClubClock(ClubClock.MomentOn(historyStart));
        await using (var app = await ClubApp.StartAsync(folder, clock))
        {
            var rankings = app.Services.GetRequiredService<RankingService>();
            foreach (var stop in stops)
            {
                clock.Now = ClubClock.MomentOn(stop);
                PeakMemory.Reset();
                var step = Stopwatch.StartNew();
                try
                {
                    var report = await rankings.RefreshAsync();
                    log.WriteLine(
                        $"    ranked up to {stop:yyyy-MM-dd}: {report.WeeksComputed} weeks, {report.WeeklyRowsWritten:N0} weekly rows written in {report.Duration.TotalMilliseconds:N0} ms, peak {PeakMemory.Megabytes(PeakMemory.Peak())}");
                }
                catch (Exception e) when (e is DbException or InvalidOperationException)
                {
                    throw new ClubSetupException(
                        $"The ranking job failed ranking {size.Name} up to {stop:yyyy-MM-dd} after {step.ElapsedMilliseconds:N0} ms (peak {PeakMemory.Megabytes(PeakMemory.Peak())}): {e.Message}", e);
                }
            }

            await app.Services.GetRequiredService<AttendanceNightly>().RunAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}

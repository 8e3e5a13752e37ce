using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Rankings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>A member as the tests drive them: their id, name and the identity a circuit would pass.</summary>
internal sealed record Climber(string Id, string Name)
{
    public ClaimsPrincipal Principal { get; } = ClimbClubApp.PrincipalOf(Id);
}

/// <summary>
/// The real app on a clock set in Seoul wall time, for the ranking job: members at chosen levels log sessions
/// through <see cref="LogService"/>, the job runs when the test says, and the boards read back as plain text lines.
/// The scheduled job runs once at start-up (with the default generations seeded for the clock's date); starting
/// waits for that run, and its one-hour interval keeps it from running again during a test.
/// </summary>
internal sealed class RankingClub : IAsyncDisposable
{
    private static readonly TimeSpan SeoulOffset = TimeSpan.FromHours(9);

    private Dictionary<int, int> colourIdByLevel = [];

    private RankingClub(ClimbClubApp app) => App = app;

    public ClimbClubApp App { get; }

    /// <summary>The gym the sessions are logged at: the first seeded one.</summary>
    public int GymId { get; private set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="seoulNow">The clock's start as Seoul wall time, "yyyy-MM-dd HH:mm".</param>
    public static async Task<RankingClub> StartAsync(string seoulNow)
    {
        var club = new RankingClub(new ClimbClubApp().With("Rankings:RefreshInterval", "01:00:00").WithManualClock(At(seoulNow)));
        await club.WaitForTheStartUpRunAsync();
        club.colourIdByLevel = await club.App.WithDbAsync(db => db.Colours.ToDictionaryAsync(c => c.Level, c => c.Id, Ct));
        club.GymId = await club.App.WithDbAsync(db => db.Gyms.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(Ct));
        return club;
    }

    public static DateTimeOffset At(string seoulNow) =>
        new(DateTime.ParseExact(seoulNow, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), SeoulOffset);

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>Moves the clock forward to the given Seoul wall time.</summary>
    public void MoveTo(string seoulNow)
    {
        var by = At(seoulNow) - App.Clock!.GetUtcNow();
        Assert.True(by >= TimeSpan.Zero, $"The clock only moves forward; it is already past {seoulNow}.");
        App.Clock.Advance(by);
    }

    /// <summary>An approved, active member at the given level of the colour scale.</summary>
    public async Task<Climber> JoinAsync(string name, int level, ClubRole role = ClubRole.Member)
    {
        var id = await App.CreateMemberAsync($"{name.ToLowerInvariant()}@club.test", role, displayName: name);
        await SetLevelAsync(id, level);
        return new Climber(id, name);
    }

    /// <summary>Changes a member's current level, as a later level change would.</summary>
    public Task SetLevelAsync(string memberId, int level) => App.WithDbAsync(db =>
    {
        var colourId = colourIdByLevel[level];
        return db.Users.Where(u => u.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LevelColourId, colourId), Ct);
    });

    public int ColourId(int level) => colourIdByLevel[level];

    /// <summary>What the log form would send: a day, a time span at <see cref="GymId"/>, and problems per colour level.</summary>
    public SessionInput Session(string date, string start, string end, params (int Level, int Count)[] lines) => new()
    {
        Date = Day(date),
        Start = TimeOnly.Parse(start, CultureInfo.InvariantCulture),
        End = TimeOnly.Parse(end, CultureInfo.InvariantCulture),
        GymId = GymId,
        Lines = lines.Select(l => new SessionLineInput { ColourId = colourIdByLevel[l.Level], Count = l.Count }).ToList(),
    };

    /// <summary>Logs a session through the log service, as the member's form does; it must be accepted.</summary>
    public async Task<long> LogAsync(Climber who, string date, string start, string end, params (int Level, int Count)[] lines)
    {
        var logged = await CallAsync<LogService, Outcome<long>>(log => log.AddAsync(who.Principal, Session(date, start, end, lines), Ct));
        Assert.True(logged.Succeeded, $"{who.Name} could not log {date} {start}-{end}: {logged.Message}");
        return logged.Value;
    }

    /// <summary>Calls a scoped service the way a page does.</summary>
    public async Task<T> CallAsync<TService, T>(Func<TService, Task<T>> call)
        where TService : notnull
    {
        await using var scope = App.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>One run of the ranking job's work.</summary>
    public Task<RefreshReport> RefreshAsync() => App.Services.GetRequiredService<RankingService>().RefreshAsync(Ct);

    /// <summary>The member's own sessions, newest first, as "My sessions" lists them.</summary>
    public async Task<IReadOnlyList<SessionView>> MineAsync(Climber who)
    {
        var page = await CallAsync<LogService, Outcome<SessionPage>>(log => log.MineAsync(who.Principal, 0, 100, Ct));
        Assert.True(page.Succeeded, page.Message);
        return page.Value!.Weeks.SelectMany(w => w.Sessions).ToList();
    }

    /// <summary>The current (or previous) week's board as <paramref name="viewer"/> sees it.</summary>
    public async Task<WeekBoard> WeekBoardAsync(Climber viewer, bool previous = false)
    {
        var board = await CallAsync<LeaderboardService, Outcome<WeekBoard>>(b => b.WeekAsync(viewer.Principal, previous, LeaderboardService.MaxRows, Ct));
        Assert.True(board.Succeeded, board.Message);
        return board.Value!;
    }

    /// <summary>A generation's board (the current one without an id).</summary>
    public async Task<GenerationBoard> GenerationBoardAsync(Climber viewer, int? generationId = null)
    {
        var board = await CallAsync<LeaderboardService, Outcome<GenerationBoard>>(b => b.GenerationAsync(viewer.Principal, generationId, LeaderboardService.MaxRows, Ct));
        Assert.True(board.Succeeded, board.Message);
        return board.Value!;
    }

    public async Task<Board> AllTimeBoardAsync(Climber viewer)
    {
        var board = await CallAsync<LeaderboardService, Outcome<Board>>(b => b.AllTimeAsync(viewer.Principal, LeaderboardService.MaxRows, Ct));
        Assert.True(board.Succeeded, board.Message);
        return board.Value!;
    }

    public Task<int> GenerationIdAsync(int number) =>
        App.WithDbAsync(db => db.Generations.Where(g => g.Number == number).Select(g => g.Id).SingleAsync(Ct));

    /// <summary>A board's rows as "rank. name points pts, problems problems, minutes min, sessions sessions".</summary>
    public static string[] Rows(Board board) => board.Rows
        .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rank}. {r.DisplayName} {r.Points:0.##} pts, {r.Problems} problems, {r.Minutes} min, {r.Sessions} sessions"))
        .ToArray();

    /// <summary>Every stored week with rows, as "start #number: rank name points, ...", oldest first.</summary>
    public Task<string[]> WeeklyPointsAsync() => App.WithDbAsync(async db =>
    {
        var names = await db.Users.ToDictionaryAsync(u => u.Id, u => u.DisplayName, Ct);
        var rows = await db.WeeklyScores.AsNoTracking().ToListAsync(Ct);
        return rows.GroupBy(w => (w.WeekStart, w.WeekNumber))
            .OrderBy(g => g.Key.WeekStart)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.WeekStart:yyyy-MM-dd} #{g.Key.WeekNumber}: ")
                + string.Join(", ", g.OrderBy(w => w.Rank).ThenBy(w => names[w.MemberId], StringComparer.Ordinal)
                    .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Rank} {names[w.MemberId]} {w.Points:0.##}"))))
            .ToArray();
    });

    /// <summary>Every stored board row, weekly, generation and all-time, in full. Equal snapshots mean equal boards.</summary>
    public Task<string> BoardsSnapshotAsync() => App.WithDbAsync(async db =>
    {
        var names = await db.Users.ToDictionaryAsync(u => u.Id, u => u.DisplayName, Ct);
        var weekly = (await db.WeeklyScores.AsNoTracking().ToListAsync(Ct))
            .OrderBy(w => w.WeekKey, StringComparer.Ordinal).ThenBy(w => w.MemberId, StringComparer.Ordinal)
            .Select(w => string.Create(CultureInfo.InvariantCulture,
                $"week {w.WeekKey} {w.WeekStart:O}..{w.WeekEnd:O} generation {w.GenerationId} #{w.WeekNumber} {names[w.MemberId]}: rank {w.Rank} {w.Points} pts {w.Problems} problems {w.Minutes} min {w.Sessions} sessions"));
        var generation = (await db.GenerationScores.AsNoTracking().ToListAsync(Ct))
            .OrderBy(g => g.GenerationId).ThenBy(g => g.MemberId, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture,
                $"generation {g.GenerationId} {names[g.MemberId]}: rank {g.Rank} {g.Points} pts {g.Problems} problems {g.Minutes} min {g.Sessions} sessions"));
        var allTime = (await db.AllTimeScores.AsNoTracking().ToListAsync(Ct))
            .OrderBy(a => a.MemberId, StringComparer.Ordinal)
            .Select(a => string.Create(CultureInfo.InvariantCulture,
                $"all-time {names[a.MemberId]}: rank {a.Rank} {a.Points} pts {a.Problems} problems {a.Minutes} min {a.Sessions} sessions"));
        return string.Join('\n', [.. weekly, .. generation, .. allTime]);
    });

    /// <summary>Every session and its lines, field by field. Equal snapshots mean nothing was written.</summary>
    public Task<string> SessionsSnapshotAsync() => App.WithDbAsync(async db =>
    {
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Lines).OrderBy(s => s.Id).ToListAsync(Ct);
        return string.Join('\n', sessions.Select(s =>
            string.Create(CultureInfo.InvariantCulture,
                $"{s.Id} {s.MemberId} {s.Date:O} {s.Start:HH:mm}-{s.End:HH:mm} gym {s.GymId} level {s.MemberLevel} note '{s.Note}' ")
            + string.Create(CultureInfo.InvariantCulture,
                $"created {s.CreatedAt:O} updated {s.UpdatedAt:O} voided {s.VoidedAt:O} by '{s.VoidedById}' '{s.VoidReason}' lines ")
            + string.Join(',', s.Lines.OrderBy(l => l.Id).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Id}:{l.ColourId}/{l.ColourLevel}x{l.Count}")))));
    });

    public ValueTask DisposeAsync() => App.DisposeAsync();

    /// <summary>
    /// The job runs once as the app starts. Waiting for it makes every later run the test's own, so which weeks
    /// a run computes depends only on the test's clock.
    /// </summary>
    private async Task WaitForTheStartUpRunAsync()
    {
        var waited = Stopwatch.StartNew();
        while (!await App.WithDbAsync(db => db.RankingRuns.AnyAsync(Ct)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The ranking job did not run at start-up.");
            await Task.Delay(50, Ct);
        }
    }
}

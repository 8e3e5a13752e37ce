using System.Globalization;
using ClimbClub.Core.Log;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Rankings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>What the durability tests read back from a database: boards, sessions, and a recompute from nothing.</summary>
internal static class Durability
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A one-minute session in the first hour of the club day (the day before during that hour, so it never ends in
    /// the future) at minute <paramref name="slot"/>, with <paramref name="problems"/> on the easiest colour.
    /// </summary>
    public static async Task<SessionInput> SessionAtAsync(ClimbClubApp app, int slot, int problems)
    {
        var services = app.Services;
        var now = services.GetRequiredService<ClubCalendar>().ToClubTime(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var day = DateOnly.FromDateTime(now.DateTime).AddDays(now.Hour == 0 ? -1 : 0);
        var (gym, colour) = await app.WithDbAsync(async db => (
            await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(Ct),
            await db.Colours.OrderBy(c => c.Level).Select(c => c.Id).FirstAsync(Ct)));
        return new SessionInput
        {
            Date = day,
            Start = new TimeOnly(0, slot),
            End = new TimeOnly(0, slot + 1),
            GymId = gym,
            Lines = [new SessionLineInput { ColourId = colour, Count = problems }],
        };
    }

    /// <summary>Logs a session through the log service, as the log page does; its id.</summary>
    public static async Task<long> LogAsync(ClimbClubApp app, string memberId, SessionInput input)
    {
        await using var scope = app.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<LogService>().AddAsync(ClimbClubApp.PrincipalOf(memberId), input, Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value;
    }

    /// <summary>Every stored board row, one line each, in a fixed order. Equal snapshots mean equal boards.</summary>
    public static Task<string> BoardsAsync(ClimbClubApp app) => app.WithDbAsync(async db =>
    {
        var weekly = (await db.WeeklyScores.AsNoTracking().ToListAsync(Ct))
            .OrderBy(w => w.WeekKey, StringComparer.Ordinal).ThenBy(w => w.MemberId, StringComparer.Ordinal)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"week {w.WeekKey} {w.MemberId}: rank {w.Rank} {w.Points} pts {w.Problems} problems {w.Minutes} min {w.Sessions} sessions"));
        var generation = (await db.GenerationScores.AsNoTracking().ToListAsync(Ct))
            .OrderBy(g => g.GenerationId).ThenBy(g => g.MemberId, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"generation {g.GenerationId} {g.MemberId}: rank {g.Rank} {g.Points} pts {g.Sessions} sessions"));
        var allTime = (await db.AllTimeScores.AsNoTracking().ToListAsync(Ct))
            .OrderBy(a => a.MemberId, StringComparer.Ordinal)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"all-time {a.MemberId}: rank {a.Rank} {a.Points} pts {a.Sessions} sessions"));
        var weeks = (await db.RankedWeeks.AsNoTracking().Select(w => w.Key).ToListAsync(Ct)).Order(StringComparer.Ordinal).Select(k => $"ranked {k}");
        return string.Join('\n', [.. weekly, .. generation, .. allTime, .. weeks]);
    });

    /// <summary>Forgets every board and the job's own state, then runs the job: the boards as a first run computes them.</summary>
    public static async Task<string> CleanRecomputeAsync(ClimbClubApp app)
    {
        await app.WithDbAsync(async db =>
        {
            await db.WeeklyScores.ExecuteDeleteAsync(Ct);
            await db.RankedWeeks.ExecuteDeleteAsync(Ct);
            await db.GenerationScores.ExecuteDeleteAsync(Ct);
            await db.AllTimeScores.ExecuteDeleteAsync(Ct);
            return await db.RankingRuns.ExecuteDeleteAsync(Ct);
        });
        await app.Services.GetRequiredService<RankingService>().RefreshAsync(Ct);
        return await BoardsAsync(app);
    }

    /// <summary>
    /// Waits for the ranking job's run at start-up, so the test's own runs are the only ones after it. On a database
    /// an earlier app already ranked, pass when this app started: only a run that finished since then counts.
    /// </summary>
    public static async Task WaitForTheStartUpRunAsync(ClimbClubApp app, DateTimeOffset? startedAt = null)
    {
        async Task<bool> RanAsync() => (await app.WithDbAsync(db => db.RankingRuns.Select(r => r.FinishedAt).ToListAsync(Ct)))
            .Any(finished => startedAt is null || finished >= startedAt);

        for (var tries = 0; !await RanAsync(); tries++)
        {
            Assert.True(tries < 300, "The ranking job did not run at start-up.");
            await Task.Delay(50, Ct);
        }
    }
}

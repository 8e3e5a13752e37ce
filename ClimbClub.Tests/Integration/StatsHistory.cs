using ClimbClub.Core;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Web.Features.Log;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// A scripted history for the profile and stats tests, played through the real log service with the ranking job run
/// as the days pass. Eva and Finn are at level 4 (relative rule: 0.5 below, 1 at, 2 above). The 11th generation
/// ends on Saturday 2026-02-28 (its week 52 is 02-21..02-27, week 53 is the single day 02-28); the 12th starts on
/// Sunday 2026-03-01 (week 1 is 03-01..03-07, week 3 is 03-15..03-21). The clock ends on Thursday 2026-03-19 22:00.
///
/// Eva:  e1 02-26 18:00-19:30 (90 min) level 4 x2, 5 x1 = 4 pts  (11th week 52)
///       e2 02-28 10:00-11:00 (60 min) level 3 x2       = 1 pt   (11th week 53)
///       e3 03-03 18:00-20:00 (120 min) level 4 x3, 6 x1 = 5 pts (12th week 1)
///       e4 03-05 19:00-20:15 (75 min) level 2 x4        = 2 pts (12th week 1)
///       e5 03-17 18:00-21:00 (180 min) level 4 x1, 5 x3, 6 x2 = 11 pts (12th week 3)
///       e6 03-19 18:00-19:00 level 7 x5, voided by an officer: counts nowhere.
/// Finn: f0 02-26 level 4 x1 = 1; f1 03-04 level 4 x10 = 10; f2 03-18 level 4 x11 = 11.
/// </summary>
public sealed class StatsHistory : IAsyncLifetime
{
    public const string EvaNote = "Crimpy blue in the cave, finally — 드디어!";
    public const string EvaEmail = "eva@club.test";

    private RankingClub? club;

    internal RankingClub Club => club ?? throw new InvalidOperationException("The history has not been played yet.");

    internal Climber Eva { get; private set; } = default!;

    internal Climber Finn { get; private set; } = default!;

    internal Climber Olga { get; private set; } = default!;

    /// <summary>The colour scale's names by level.</summary>
    internal IReadOnlyDictionary<int, string> ColourNames { get; private set; } = new Dictionary<int, string>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        club = await RankingClub.StartAsync("2026-03-03 22:00");
        Eva = await club.JoinAsync("Eva", level: 4);
        Finn = await club.JoinAsync("Finn", level: 4);
        Olga = await club.JoinAsync("Olga", level: 4, ClubRole.Officer);
        ColourNames = await club.App.WithDbAsync(db => db.Colours.ToDictionaryAsync(c => c.Level, c => c.Name, Ct));

        var e1 = club.Session("2026-02-26", "18:00", "19:30", (4, 2), (5, 1));
        e1.Note = EvaNote;
        var logged = await club.CallAsync<LogService, Outcome<long>>(log => log.AddAsync(Eva.Principal, e1, Ct));
        Assert.True(logged.Succeeded, logged.Message);
        await club.LogAsync(Eva, "2026-02-28", "10:00", "11:00", (3, 2));
        await club.LogAsync(Finn, "2026-02-26", "18:00", "19:00", (4, 1));
        await club.LogAsync(Eva, "2026-03-03", "18:00", "20:00", (4, 3), (6, 1));
        await club.RefreshAsync();

        club.MoveTo("2026-03-05 22:00");
        await club.LogAsync(Eva, "2026-03-05", "19:00", "20:15", (2, 4));
        await club.LogAsync(Finn, "2026-03-04", "18:00", "19:00", (4, 10));
        await club.RefreshAsync();

        club.MoveTo("2026-03-19 22:00");
        await club.LogAsync(Eva, "2026-03-17", "18:00", "21:00", (4, 1), (5, 3), (6, 2));
        await club.LogAsync(Finn, "2026-03-18", "18:00", "19:00", (4, 11));
        var e6 = await club.LogAsync(Eva, "2026-03-19", "18:00", "19:00", (7, 5));
        var voided = await club.CallAsync<LogService, Outcome>(log => log.VoidAsync(Olga.Principal, e6, new VoidInput { Reason = "Not a club session" }, Ct));
        Assert.True(voided.Succeeded, voided.Message);
        await club.RefreshAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (club is not null)
        {
            await club.DisposeAsync();
        }
    }
}

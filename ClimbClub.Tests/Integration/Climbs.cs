using ClimbClub.Core.Log;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Rankings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Sessions logged through the real log service, as the member would. Every problem is on the easiest colour, which is
/// the level <see cref="ClimbClubApp.CreateMemberAsync"/> gives, so a session scores one point per problem.
/// </summary>
internal static class Climbs
{
    /// <summary>
    /// Logs a one-minute session early today in club time (yesterday during the first hour of the day, so it never ends
    /// in the future). <paramref name="slot"/> picks the minute, so one member's sessions never overlap.
    /// </summary>
    public static async Task LogSessionAsync(this ClimbClubApp app, string memberId, int problems, int slot = 0)
    {
        await using var scope = app.Scope();
        var services = scope.ServiceProvider;
        var now = services.GetRequiredService<ClubCalendar>().ToClubTime(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var day = DateOnly.FromDateTime(now.DateTime).AddDays(now.Hour == 0 ? -1 : 0);
        var (gym, colour) = await app.WithDbAsync(async db => (
            await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            await db.Colours.OrderBy(c => c.Level).Select(c => c.Id).FirstAsync()));
        var session = new SessionInput
        {
            Date = day,
            Start = new TimeOnly(0, slot),
            End = new TimeOnly(0, slot + 1),
            GymId = gym,
            Lines = [new SessionLineInput { ColourId = colour, Count = problems }],
        };

        var outcome = await services.GetRequiredService<LogService>().AddAsync(ClimbClubApp.PrincipalOf(memberId), session);

        Assert.True(outcome.Succeeded, outcome.Message);
    }

    /// <summary>Runs the ranking job's work now instead of waiting for its schedule.</summary>
    public static Task RefreshRankingsAsync(this ClimbClubApp app) =>
        app.Services.GetRequiredService<RankingService>().RefreshAsync();
}

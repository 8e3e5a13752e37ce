using ClimbClub.Core.Attendance;
using ClimbClub.Core.Screen;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Screen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>Attendance set up through the real services: the schedule as an officer keeps it, check-ins as a scan makes them.</summary>
internal static class CheckIns
{
    /// <summary>The club's date and time of day now, on the app's clock.</summary>
    public static (DateOnly Today, TimeOnly Time) ClubNow(this ClimbClubApp app)
    {
        var calendar = app.Services.GetRequiredService<ClubCalendar>();
        var now = calendar.ToClubTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        return (DateOnly.FromDateTime(now.DateTime), TimeOnly.FromDateTime(now.DateTime));
    }

    /// <summary>Adds a regular session of the current generation on today's weekday, at the given gym (else the first one).</summary>
    public static async Task<int> AddSessionTodayAsync(this ClimbClubApp app, string officerId, TimeOnly start, string? gym = null)
    {
        var today = app.ClubNow().Today;
        var (generationId, gymId) = await app.WithDbAsync(async db => (
            await db.Generations.Where(g => g.StartDate <= today && g.EndDate >= today).Select(g => g.Id).SingleAsync(),
            await db.Gyms.Where(g => gym == null || g.Name == gym).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync()));
        await using var scope = app.Scope();
        var added = await scope.ServiceProvider.GetRequiredService<ScheduleService>().AddSessionAsync(
            ClimbClubApp.PrincipalOf(officerId),
            new RegularSessionInput { GenerationId = generationId, Weekday = today.DayOfWeek, GymId = gymId, Start = start });
        Assert.True(added.Succeeded, added.Message);
        return added.Value;
    }

    /// <summary>The code the gym screen shows for the session right now.</summary>
    public static async Task<string> CodeForAsync(this ClimbClubApp app, int sessionId)
    {
        await using var scope = app.Scope();
        var codes = await scope.ServiceProvider.GetRequiredService<CheckInService>().CodesForTodayAsync();
        return codes.Single(c => c.Session.Id == sessionId).Code;
    }

    /// <summary>Checks the member in with a fresh code of the session, as a scan of the screen does.</summary>
    public static async Task<AttendanceView> CheckInAsync(this ClimbClubApp app, string memberId, int sessionId)
    {
        var code = await app.CodeForAsync(sessionId);
        await using var scope = app.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CheckInService>().CheckInWithCodeAsync(ClimbClubApp.PrincipalOf(memberId), code);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }

    public static Task<int> RecordsOfAsync(this ClimbClubApp app, string memberId) =>
        app.WithDbAsync(db => db.AttendanceRecords.CountAsync(r => r.MemberId == memberId));

    public static Task MoveHomeGymAsync(this ClimbClubApp app, string memberId, string gym) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == memberId)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.HomeGymId, db.Gyms.Single(g => g.Name == gym).Id)));

    public static async Task HideFromScreenAsync(this ClimbClubApp app, string memberId)
    {
        await using var scope = app.Scope();
        var hidden = await scope.ServiceProvider.GetRequiredService<LeaderboardService>().SetHiddenFromScreenAsync(ClimbClubApp.PrincipalOf(memberId), hidden: true);
        Assert.True(hidden.Succeeded, hidden.Message);
    }

    /// <summary>A kiosk link's key, made by the admin as on the screen-links page.</summary>
    public static async Task<string> CreateScreenKeyAsync(this ClimbClubApp app, string name)
    {
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<ScreenKeyService>()
            .CreateAsync(ClimbClubApp.PrincipalOf(await app.AdminIdAsync()), new ScreenKeyInput { Name = name });
        Assert.True(created.Succeeded, created.Message);
        return created.Value!;
    }
}

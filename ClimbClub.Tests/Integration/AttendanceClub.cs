using System.Globalization;
using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Web.Features.Attendance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The real app on a Seoul clock for attendance: an officer, a schedule made through the schedule service, members
/// checking in through the check-in service, and the nightly job run when the test says. Members' home gym is
/// <see cref="HomeGym"/>; <see cref="OtherGym"/> is another seeded gym.
/// </summary>
internal sealed class AttendanceClub : IAsyncDisposable
{
    private AttendanceClub(RankingClub club) => Club = club;

    public RankingClub Club { get; }

    public Climber Officer { get; private set; } = default!;

    public int HomeGym => Club.GymId;

    public int OtherGym { get; private set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="seoulNow">The clock's start as Seoul wall time, "yyyy-MM-dd HH:mm".</param>
    public static async Task<AttendanceClub> StartAsync(string seoulNow)
    {
        var club = new AttendanceClub(await RankingClub.StartAsync(seoulNow));
        await club.WaitForTheStartUpNightAsync();
        club.Officer = await club.Club.JoinAsync("Olga", level: 4, ClubRole.Officer);
        club.OtherGym = await club.Club.App.WithDbAsync(db => db.Gyms.Where(g => g.Id != club.HomeGym && g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(Ct));
        return club;
    }

    public Task<Climber> JoinAsync(string name) => Club.JoinAsync(name, level: 4);

    public void MoveTo(string seoulNow) => Club.MoveTo(seoulNow);

    /// <summary>Adds a weekly session of the 12th generation through the officer's schedule service.</summary>
    public async Task<int> AddSessionAsync(DayOfWeek weekday, int gymId, string start)
    {
        var generationId = await Club.GenerationIdAsync(12);
        var added = await Club.CallAsync<ScheduleService, Outcome<int>>(s => s.AddSessionAsync(
            Officer.Principal,
            new RegularSessionInput { GenerationId = generationId, Weekday = weekday, GymId = gymId, Start = TimeOnly.Parse(start, CultureInfo.InvariantCulture) },
            Ct));
        Assert.True(added.Succeeded, added.Message);
        return added.Value;
    }

    public async Task AddHolidayAsync(string date, string name)
    {
        var added = await Club.CallAsync<ScheduleService, Outcome<int>>(s => s.AddHolidayAsync(
            Officer.Principal, new HolidayInput { Date = RankingClub.Day(date), Name = name }, Ct));
        Assert.True(added.Succeeded, added.Message);
    }

    /// <summary>The code the gym screen shows now for the session at <paramref name="gymId"/>.</summary>
    public async Task<string> CodeAsync(int gymId)
    {
        var codes = await Club.CallAsync<CheckInService, IReadOnlyList<(DaySession Session, string Code)>>(s => s.CodesForTodayAsync(Ct));
        return Assert.Single(codes, c => c.Session.GymId == gymId).Code;
    }

    public Task<Outcome<AttendanceView>> CheckInAsync(Climber who, string? code) =>
        Club.CallAsync<CheckInService, Outcome<AttendanceView>>(s => s.CheckInWithCodeAsync(who.Principal, code, Ct));

    public Task<Outcome<long>> RequestAsync(Climber who, int sessionId) =>
        Club.CallAsync<CheckInService, Outcome<long>>(s => s.RequestAsync(who.Principal, sessionId, Ct));

    public Task<Outcome> DecideAsync(Climber officer, long requestId, bool approve, string? reason = null) =>
        Club.CallAsync<CheckInService, Outcome>(s => s.DecideAsync(officer.Principal, requestId, approve, new CheckInRejection { Reason = reason }, Ct));

    public Task<NightlyReport> RunNightAsync() => Club.App.Services.GetRequiredService<AttendanceNightly>().RunAsync(Ct);

    /// <summary>The named members' records, oldest week first, as "name week-start #n: Status by Source[, other gym]".</summary>
    public Task<string[]> RecordsAsync(params Climber[] members) => Club.App.WithDbAsync(async db =>
    {
        var ids = members.ToDictionary(m => m.Id, m => m.Name);
        var records = await db.AttendanceRecords.AsNoTracking().Where(r => ids.Keys.Contains(r.MemberId)).ToListAsync(Ct);
        return records
            .OrderBy(r => r.WeekStart).ThenBy(r => ids[r.MemberId], StringComparer.Ordinal)
            .Select(r => string.Create(
                CultureInfo.InvariantCulture, $"{ids[r.MemberId]} {r.WeekStart:yyyy-MM-dd} #{r.WeekNumber}: {r.Status} by {r.Source}{(r.IsAlternate ? ", other gym" : "")}"))
            .ToArray();
    });

    /// <summary>The named member's requests, oldest first, as "status (reason)".</summary>
    public Task<string[]> RequestsAsync(Climber member) => Club.App.WithDbAsync(async db =>
        (await db.CheckInRequests.AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.Id).ToListAsync(Ct))
            .Select(r => r.Reason is null ? r.Status.ToString() : $"{r.Status} ({r.Reason})")
            .ToArray());

    public ValueTask DisposeAsync() => Club.DisposeAsync();

    /// <summary>The nightly job also runs once at start-up; wait for it, so it never races a test's own run.</summary>
    private async Task WaitForTheStartUpNightAsync()
    {
        for (var i = 0; i < 200 && !await Club.App.WithDbAsync(db => db.AttendanceRuns.AnyAsync(Ct)); i++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.True(await Club.App.WithDbAsync(db => db.AttendanceRuns.AnyAsync(Ct)), "The nightly job's start-up run did not finish.");
    }
}

using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>Officers keep the weekly schedule and the holidays; everyone else is refused and nothing is written.</summary>
public sealed class ScheduleServiceTests : IAsyncLifetime
{
    private AttendanceClub club = default!;
    private Climber member = default!;
    private int generationId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        club = await AttendanceClub.StartAsync("2026-03-02 12:00");
        member = await club.JoinAsync("Mia");
        generationId = await club.Club.GenerationIdAsync(12);
    }

    public ValueTask DisposeAsync() => club.DisposeAsync();

    [Fact]
    public async Task AnOfficerSeesTheGenerationsScheduleMondayFirstWithItsHolidays()
    {
        await club.AddSessionAsync(DayOfWeek.Sunday, club.HomeGym, "10:00");
        await club.AddSessionAsync(DayOfWeek.Wednesday, club.OtherGym, "19:30");
        await club.AddSessionAsync(DayOfWeek.Monday, club.HomeGym, "19:00");
        await club.AddHolidayAsync("2026-05-05", "Children's day");
        await club.AddHolidayAsync("2027-05-05", "Next year");

        var schedule = (await Schedule(club.Officer, null)).Value!;

        Assert.Equal(12, schedule.Generation.Number);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Sunday], schedule.Sessions.Select(s => s.Weekday));
        Assert.Equal(["Children's day"], schedule.Holidays.Select(h => h.Name));
        Assert.Equal(3, await ClubState.AuditCountAsync(club.Club.App, AuditActions.ScheduleChanged));
    }

    [Fact]
    public async Task AMemberCanNeitherReadNorChangeTheSchedule()
    {
        var sessionId = await club.AddSessionAsync(DayOfWeek.Thursday, club.HomeGym, "19:00");
        var before = await ScheduleRowsAsync();
        var input = new RegularSessionInput { GenerationId = generationId, Weekday = DayOfWeek.Friday, GymId = club.HomeGym, Start = new TimeOnly(18, 0) };

        Outcome[] outcomes =
        [
            (await Schedule(member, null)).ToOutcome(),
            (await Call(s => s.AddSessionAsync(member.Principal, input, Ct))).ToOutcome(),
            (await Call(s => s.UpdateSessionAsync(member.Principal, sessionId, input, Ct))).ToOutcome(),
            (await Call(s => s.DeleteSessionAsync(member.Principal, sessionId, Ct))).ToOutcome(),
            (await Call(s => s.AddHolidayAsync(member.Principal, new HolidayInput { Date = RankingClub.Day("2026-06-06"), Name = "Memorial day" }, Ct))).ToOutcome(),
            (await Call(s => s.DeleteHolidayAsync(member.Principal, 1, Ct))).ToOutcome(),
        ];

        Assert.All(outcomes, o => Assert.Equal((OutcomeKind.Denied, "Only officers can do this."), (o.Kind, o.Message)));
        Assert.Equal(before, await ScheduleRowsAsync());
    }

    [Fact]
    public async Task ASecondSessionOnTheSameDayAtTheSameGymAClosedGymOrAnUnknownGenerationIsRefused()
    {
        await club.AddSessionAsync(DayOfWeek.Tuesday, club.HomeGym, "19:00");
        var closedGym = await club.Club.App.WithDbAsync(async db =>
        {
            var gym = new Gym { Name = "Old Shed", IsActive = false };
            db.Gyms.Add(gym);
            await db.SaveChangesAsync(Ct);
            return gym.Id;
        });
        var before = await ScheduleRowsAsync();

        var twice = await Add(DayOfWeek.Tuesday, club.HomeGym, generationId);
        var closed = await Add(DayOfWeek.Friday, closedGym, generationId);
        var unknown = await Add(DayOfWeek.Friday, club.HomeGym, 9999);
        var noStart = await Call(s => s.AddSessionAsync(club.Officer.Principal, new RegularSessionInput { GenerationId = generationId, Weekday = DayOfWeek.Friday, GymId = club.HomeGym, Start = null }, Ct));

        Assert.Equal("That generation already has a session on that day at that gym.", twice.Message);
        Assert.Equal("Choose an open gym.", closed.Message);
        Assert.Equal("There is no such generation.", unknown.Message);
        Assert.Equal("Enter the start time.", noStart.Message);
        Assert.Equal(before, await ScheduleRowsAsync());
    }

    [Fact]
    public async Task ASessionMovesToAnotherDayButNotToAnotherGenerationAndAHolidayIsSetOnce()
    {
        var sessionId = await club.AddSessionAsync(DayOfWeek.Monday, club.HomeGym, "19:00");
        var eleventh = await club.Club.GenerationIdAsync(11);

        var moved = await Call(s => s.UpdateSessionAsync(club.Officer.Principal, sessionId,
            new RegularSessionInput { GenerationId = generationId, Weekday = DayOfWeek.Thursday, GymId = club.HomeGym, Start = new TimeOnly(20, 0) }, Ct));
        var toOther = await Call(s => s.UpdateSessionAsync(club.Officer.Principal, sessionId,
            new RegularSessionInput { GenerationId = eleventh, Weekday = DayOfWeek.Thursday, GymId = club.HomeGym, Start = new TimeOnly(20, 0) }, Ct));
        await club.AddHolidayAsync("2026-06-06", "Memorial day");
        var again = await Call(s => s.AddHolidayAsync(club.Officer.Principal, new HolidayInput { Date = RankingClub.Day("2026-06-06"), Name = "Again" }, Ct));

        Assert.True(moved.Succeeded, moved.Message);
        Assert.Equal("A session stays in its generation; add a new one to the other generation instead.", toOther.Message);
        Assert.Equal("2026-06-06 is already a holiday.", again.Message);
        Assert.Equal(["12 Thursday 20:00:00", "Memorial day"], await ScheduleRowsAsync());
    }

    private Task<Outcome<GenerationSchedule>> Schedule(Climber who, int? generation) =>
        club.Club.CallAsync<ScheduleService, Outcome<GenerationSchedule>>(s => s.ForAsync(who.Principal, generation, Ct));

    private Task<Outcome<int>> Call(Func<ScheduleService, Task<Outcome<int>>> call) => club.Club.CallAsync(call);

    private Task<Outcome<int>> Add(DayOfWeek weekday, int gymId, int generation) => Call(s => s.AddSessionAsync(
        club.Officer.Principal, new RegularSessionInput { GenerationId = generation, Weekday = weekday, GymId = gymId, Start = new TimeOnly(19, 0) }, Ct));

    private Task<string[]> ScheduleRowsAsync() => club.Club.App.WithDbAsync(async db =>
        (await (from s in db.RegularSessions join g in db.Generations on s.GenerationId equals g.Id select new { g.Number, s.Weekday, s.Start }).ToListAsync(Ct))
            .Select(s => $"{s.Number} {s.Weekday} {s.Start:HH:mm:ss}")
            .Concat(await db.Holidays.Select(h => h.Name).ToListAsync(Ct))
            .Order(StringComparer.Ordinal)
            .ToArray());
}

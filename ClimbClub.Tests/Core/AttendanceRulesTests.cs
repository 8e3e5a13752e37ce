using System.Globalization;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;

namespace ClimbClub.Tests.Core;

/// <summary>Late, open, alternate, rate and week rules of attendance.</summary>
public sealed class AttendanceRulesTests
{
    private static readonly Generation Twelfth = new() { Id = 12, Number = 12, StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2027, 2, 28) };

    [Theory]
    [InlineData("19:00", "18:10", AttendanceStatus.Present)]
    [InlineData("19:00", "19:00", AttendanceStatus.Present)]
    [InlineData("19:00", "19:30:00", AttendanceStatus.Present)]
    [InlineData("19:00", "19:30:01", AttendanceStatus.Late)]
    [InlineData("19:00", "23:59", AttendanceStatus.Late)]
    [InlineData("23:45", "23:59", AttendanceStatus.Present)]
    [InlineData("00:00", "00:31", AttendanceStatus.Late)]
    public void ACheckInMoreThanHalfAnHourAfterTheStartIsLate(string start, string checkedIn, AttendanceStatus expected) =>
        Assert.Equal(expected, AttendanceRules.StatusAt(Time(start), Time(checkedIn)));

    [Theory]
    [InlineData("19:00", "17:59", false)]
    [InlineData("19:00", "18:00", true)]
    [InlineData("19:00", "23:59", true)]
    [InlineData("00:30", "00:00", true)]
    public void CheckInOpensAnHourBeforeTheStartAndStaysOpenAllDay(string start, string now, bool open) =>
        Assert.Equal(open, AttendanceRules.IsOpen(Time(start), Time(now)));

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(5, false)]
    public void TwoCheckInsAtOtherGymsPerGeneration(int used, bool another) =>
        Assert.Equal(another, AttendanceRules.AllowsAnotherAlternate(used));

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(1, 2, true)]
    public void AnotherGymThanTheHomeGymIsAnAlternate(int sessionGym, int homeGym, bool alternate) =>
        Assert.Equal(alternate, AttendanceRules.IsAlternate(sessionGym, homeGym));

    [Theory]
    [InlineData(10, 0, 0, 0, "1.00")]
    [InlineData(7, 2, 1, 0, "0.80")]
    [InlineData(8, 1, 1, 0, "0.90")]
    [InlineData(7, 3, 0, 0, "0.90")]
    [InlineData(0, 4, 0, 0, "0.50")]
    [InlineData(0, 0, 3, 0, "0.00")]
    [InlineData(3, 0, 1, 6, "0.75")]
    [InlineData(0, 0, 0, 4, null)]
    [InlineData(0, 0, 0, 0, null)]
    public void TwoLatesCountAsOneAbsenceAndHolidaysDoNotCount(int present, int late, int absent, int holidays, string? rate)
    {
        var tally = new AttendanceTally(present, late, absent, holidays);

        Assert.Equal(rate, tally.Rate?.ToString("0.00", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ATallyCountsEachKindOfWeek()
    {
        var tally = AttendanceTally.Of([AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Late, AttendanceStatus.Absent, AttendanceStatus.Holiday]);

        Assert.Equal((1, 2, 1, 1, 4, 2), (tally.Present, tally.Late, tally.Absent, tally.Holidays, tally.Counted, tally.EffectiveAbsences));
    }

    [Theory]
    [InlineData("2026-03-04", new[] { DayOfWeek.Wednesday }, new string[0], WeekDuty.Attend)]
    [InlineData("2026-03-04", new[] { DayOfWeek.Wednesday }, new[] { "2026-03-04" }, WeekDuty.Holiday)]
    [InlineData("2026-03-04", new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday }, new[] { "2026-03-03" }, WeekDuty.Attend)]
    [InlineData("2026-03-04", new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday }, new[] { "2026-03-03", "2026-03-05" }, WeekDuty.Holiday)]
    [InlineData("2026-03-04", new DayOfWeek[0], new string[0], WeekDuty.None)]
    [InlineData("2026-03-04", new[] { DayOfWeek.Wednesday }, new[] { "2026-03-11" }, WeekDuty.Attend)]
    public void AWeekAsksForACheckInUnlessItHasNoSessionOrEverySessionDayIsAHoliday(string day, DayOfWeek[] weekdays, string[] holidays, WeekDuty duty)
    {
        var week = ClubWeeks.Of(DateOnly.Parse(day, CultureInfo.InvariantCulture), [Twelfth]);
        var schedule = weekdays.Select(d => new RegularSession { GenerationId = Twelfth.Id, Weekday = d, GymId = 1, Start = new TimeOnly(19, 0) });

        Assert.Equal(duty, AttendanceRules.DutyOf(week, schedule, holidays.Select(h => DateOnly.Parse(h, CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void SessionDaysFollowTheGenerationsWeekNotTheCalendarsAndIgnoreOtherGenerations()
    {
        // The 12th generation's weeks start on Sundays (its first day, 2026-03-01).
        var week = ClubWeeks.Of(new DateOnly(2026, 3, 7), [Twelfth]);
        RegularSession[] schedule =
        [
            new() { GenerationId = Twelfth.Id, Weekday = DayOfWeek.Sunday, GymId = 1, Start = new TimeOnly(10, 0) },
            new() { GenerationId = Twelfth.Id, Weekday = DayOfWeek.Saturday, GymId = 1, Start = new TimeOnly(10, 0) },
            new() { GenerationId = 11, Weekday = DayOfWeek.Wednesday, GymId = 1, Start = new TimeOnly(19, 0) },
        ];

        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 7)], AttendanceRules.SessionDays(week, schedule));
    }

    private static TimeOnly Time(string text) => TimeOnly.Parse(text, CultureInfo.InvariantCulture);
}

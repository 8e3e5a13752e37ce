using ClimbClub.Core.Ranking;

namespace ClimbClub.Core.Attendance;

/// <summary>How many weeks of each kind a member has in a generation.</summary>
public sealed record AttendanceTally(int Present, int Late, int Absent, int Holidays)
{
    public static AttendanceTally Of(IEnumerable<AttendanceStatus> weeks)
    {
        var list = weeks.ToList();
        return new(
            list.Count(s => s == AttendanceStatus.Present),
            list.Count(s => s == AttendanceStatus.Late),
            list.Count(s => s == AttendanceStatus.Absent),
            list.Count(s => s == AttendanceStatus.Holiday));
    }

    /// <summary>Weeks that count: every week but holidays.</summary>
    public int Counted => Present + Late + Absent;

    /// <summary>Absences with every two lates counted as one more.</summary>
    public int EffectiveAbsences => Absent + Late / 2;

    /// <summary>The share of counted weeks attended, 0..1; null before any week counts.</summary>
    public decimal? Rate => Counted == 0 ? null : (decimal)(Counted - EffectiveAbsences) / Counted;
}

/// <summary>What a generation week asks of members: nothing (no session scheduled), nothing but a holiday, or a check-in.</summary>
public enum WeekDuty
{
    None,
    Holiday,
    Attend,
}

/// <summary>The attendance rules, free of storage and clocks: callers pass in the times they read.</summary>
public static class AttendanceRules
{
    /// <summary>A check-in later than this after the start is late (exactly this is still on time).</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(30);

    /// <summary>Check-in opens this long before a session starts.</summary>
    public static readonly TimeSpan OpensBefore = TimeSpan.FromMinutes(60);

    /// <summary>Check-ins at another gym than the member's home gym allowed per generation.</summary>
    public const int AlternatesPerGeneration = 2;

    /// <summary>Present or late, by the club-time moment of the check-in against the session's start that day.</summary>
    public static AttendanceStatus StatusAt(TimeOnly start, TimeOnly checkedIn) =>
        checkedIn.ToTimeSpan() - start.ToTimeSpan() > LateAfter ? AttendanceStatus.Late : AttendanceStatus.Present;

    /// <summary>Whether a check-in at <paramref name="clubTime"/> on the session's day is inside its window (until the day ends).</summary>
    public static bool IsOpen(TimeOnly start, TimeOnly clubTime) => clubTime.ToTimeSpan() >= start.ToTimeSpan() - OpensBefore;

    public static bool IsAlternate(int sessionGymId, int homeGymId) => sessionGymId != homeGymId;

    /// <summary>Whether one more alternate check-in is allowed after <paramref name="alternatesSoFar"/> in the generation.</summary>
    public static bool AllowsAnotherAlternate(int alternatesSoFar) => alternatesSoFar < AlternatesPerGeneration;

    /// <summary>The days of <paramref name="week"/> with a regular session, holidays included.</summary>
    public static IReadOnlyList<DateOnly> SessionDays(ClubWeek week, IEnumerable<RegularSession> schedule)
    {
        var weekdays = schedule.Where(s => s.GenerationId == week.GenerationId).Select(s => s.Weekday).ToHashSet();
        var days = new List<DateOnly>();
        for (var day = week.Start; day <= week.End; day = day.AddDays(1))
        {
            if (weekdays.Contains(day.DayOfWeek))
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>A week with no session asks nothing; a week whose every session day is a holiday is a holiday.</summary>
    public static WeekDuty DutyOf(ClubWeek week, IEnumerable<RegularSession> schedule, IEnumerable<DateOnly> holidays)
    {
        var days = SessionDays(week, schedule);
        if (days.Count == 0)
        {
            return WeekDuty.None;
        }

        var off = holidays.ToHashSet();
        return days.All(off.Contains) ? WeekDuty.Holiday : WeekDuty.Attend;
    }
}

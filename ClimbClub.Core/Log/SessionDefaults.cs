namespace ClimbClub.Core.Log;

/// <summary>What a new session form starts with, so logging right after climbing is a matter of adding colours.</summary>
public static class SessionDefaults
{
    public const int MinutesStep = 15;

    public static readonly TimeSpan Length = TimeSpan.FromHours(2);

    /// <summary>The evening offered just after midnight, when no two-hour span fits into today yet.</summary>
    public static readonly TimeOnly EveningStart = new(19, 0);

    /// <summary>
    /// Today, from two hours before now until now, both rounded down to the quarter hour (so the end is never in
    /// the future); just after midnight, yesterday evening instead. <paramref name="clubNow"/> is in club time.
    /// </summary>
    public static SessionInput For(DateTime clubNow, int gymId)
    {
        var now = TimeOnly.FromDateTime(clubNow);
        var end = new TimeOnly(now.Hour, now.Minute / MinutesStep * MinutesStep);
        var today = DateOnly.FromDateTime(clubNow);
        return end.ToTimeSpan() < Length
            ? new SessionInput { Date = today.AddDays(-1), Start = EveningStart, End = EveningStart.Add(Length), GymId = gymId }
            : new SessionInput { Date = today, Start = end.Add(-Length), End = end, GymId = gymId };
    }
}

namespace ClimbClub.Web.Features.Attendance;

/// <summary>Settings under "Attendance".</summary>
public sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>How often the gym screen shows a new check-in code.</summary>
    public TimeSpan CodeRotation { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a code shown on the screen stays good: a few rotations, for a slow phone camera or a sign-in first.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The club time of day the nightly job closes the day before.</summary>
    public TimeOnly NightlyAt { get; set; } = new(0, 5);

    /// <summary>How many missed nights a run catches up at most.</summary>
    public int CatchUpDays { get; set; } = 62;
}

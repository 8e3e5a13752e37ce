namespace ClimbClub.Core.Attendance;

/// <summary>A member's attendance in one generation week.</summary>
public enum AttendanceStatus
{
    Present,

    /// <summary>Checked in more than <see cref="AttendanceRules.LateAfter"/> after the session started.</summary>
    Late,

    Absent,

    /// <summary>Every session of the week fell on a holiday: the week does not count.</summary>
    Holiday,
}

/// <summary>How a week's attendance came to be recorded.</summary>
public enum AttendanceSource
{
    /// <summary>The member scanned the code on the gym screen.</summary>
    QrCode,

    /// <summary>An officer approved the member's request.</summary>
    Request,

    /// <summary>An officer set it by hand, with a reason.</summary>
    Correction,

    /// <summary>The nightly job closed the week (absence or holiday).</summary>
    Nightly,
}

public enum CheckInRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A regular club session: every week of a generation on one weekday, at one gym, from a start time.</summary>
public sealed class RegularSession
{
    public int Id { get; set; }

    public int GenerationId { get; set; }

    public DayOfWeek Weekday { get; set; }

    public int GymId { get; set; }

    public TimeOnly Start { get; set; }
}

/// <summary>A day without club sessions (a public holiday, exam week...).</summary>
public sealed class Holiday
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>
/// What a member's attendance was in one generation week; at most one per member and week. Check-ins write it at once,
/// the nightly job writes absences and holidays for the weeks that ended without one, officers correct it.
/// </summary>
public sealed class AttendanceRecord
{
    public long Id { get; set; }

    public string MemberId { get; set; } = "";

    public int GenerationId { get; set; }

    public int WeekNumber { get; set; }

    public DateOnly WeekStart { get; set; }

    public AttendanceStatus Status { get; set; }

    public AttendanceSource Source { get; set; }

    /// <summary>Checked in at a session at another gym than the member's home gym.</summary>
    public bool IsAlternate { get; set; }

    /// <summary>The session checked in at; null for absences, holidays and some corrections.</summary>
    public int? RegularSessionId { get; set; }

    public DateOnly? SessionDate { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The officer who approved or corrected it.</summary>
    public string? RecordedById { get; set; }

    /// <summary>Why an officer corrected it.</summary>
    public string? Reason { get; set; }

    /// <summary>A fingerprint of the screen code used, so the same code is not taken twice.</summary>
    public string? CodeFingerprint { get; set; }
}

/// <summary>A member asking an officer to record their check-in at today's session.</summary>
public sealed class CheckInRequest
{
    public long Id { get; set; }

    public string MemberId { get; set; } = "";

    public int RegularSessionId { get; set; }

    public DateOnly Date { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public CheckInRequestStatus Status { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The officer who decided; null when the nightly job turned it down at day end.</summary>
    public string? DecidedById { get; set; }

    public string? Reason { get; set; }
}

namespace ClimbClub.Web.Data;

/// <summary>One row per night the attendance job closed, so a night missed while the app was down is caught up later.</summary>
public sealed class AttendanceRun
{
    /// <summary>The club day that was closed.</summary>
    public DateOnly Day { get; set; }

    public DateTimeOffset RanAt { get; set; }

    public int RequestsRejected { get; set; }

    public int AbsencesMarked { get; set; }

    public int HolidaysRecorded { get; set; }
}

using Quartz;

namespace ClimbClub.Web.Features.Attendance;

/// <summary>Closes the club days that have ended: every night in club time, and once at start-up to catch up.</summary>
[DisallowConcurrentExecution]
internal sealed class AttendanceNightlyJob(AttendanceNightly nightly, ILogger<AttendanceNightlyJob> logger) : IJob
{
    public static readonly JobKey Key = new("attendance-nightly");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await nightly.RunAsync(cancellationToken);
        logger.LogInformation(
            "Attendance closed {Days} days: {Rejected} requests turned down, {Absences} absences, {Holidays} holidays in {Milliseconds} ms",
            report.DaysClosed.Count, report.RequestsRejected, report.AbsencesMarked, report.HolidaysRecorded, (int)report.Duration.TotalMilliseconds);
    }
}

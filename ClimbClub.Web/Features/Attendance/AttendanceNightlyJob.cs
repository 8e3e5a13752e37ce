using ClimbClub.Web.Features.Instances;
using Microsoft.Extensions.Options;
using Quartz;

namespace ClimbClub.Web.Features.Attendance;

/// <summary>
/// Closes the club days that have ended: every night in club time, and once at start-up to catch up. Among instances
/// sharing a database, one closes a night and none runs while another does.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class AttendanceNightlyJob(AttendanceNightly nightly, JobLeases leases, IOptions<InstanceOptions> options, ILogger<AttendanceNightlyJob> logger) : IJob
{
    public static readonly JobKey Key = new("attendance-nightly");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await leases.RunAsync(Key.Name, JobSlot.Of(context), options.Value.MaxLease, CloseAsync, cancellationToken);

    private async Task CloseAsync(CancellationToken cancellationToken)
    {
        var report = await nightly.RunAsync(cancellationToken);
        logger.LogInformation(
            "Attendance closed {Days} days: {Rejected} requests turned down, {Absences} absences, {Holidays} holidays in {Milliseconds} ms",
            report.DaysClosed.Count, report.RequestsRejected, report.AbsencesMarked, report.HolidaysRecorded, (int)report.Duration.TotalMilliseconds);
    }
}

using ClimbClub.Web.Features.Instances;
using Microsoft.Extensions.Options;
using Quartz;

namespace ClimbClub.Web.Features.Rankings;

/// <summary>
/// Recomputes the boards on the schedule of Rankings:RefreshInterval; never two runs at once, and among instances
/// sharing a database, one run per interval (the lease lasts half an interval).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class RankingRefreshJob(RankingService rankings, JobLeases leases, IOptions<RankingOptions> options, ILogger<RankingRefreshJob> logger) : IJob
{
    public static readonly JobKey Key = new("ranking-refresh");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var interval = options.Value.RefreshInterval;
        await leases.RunAsync(Key.Name, JobSlot.Of(context, interval), interval / 2, RefreshAsync, cancellationToken);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var report = await rankings.RefreshAsync(cancellationToken);
        logger.LogInformation(
            "Rankings refreshed: {Weeks} weeks, {Rows} weekly rows written in {Milliseconds} ms",
            report.WeeksComputed, report.WeeklyRowsWritten, (int)report.Duration.TotalMilliseconds);
    }
}

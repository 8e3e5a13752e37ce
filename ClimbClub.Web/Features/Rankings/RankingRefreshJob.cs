using Quartz;

namespace ClimbClub.Web.Features.Rankings;

/// <summary>Recomputes the boards on the schedule of Rankings:RefreshInterval; never two runs at once.</summary>
[DisallowConcurrentExecution]
internal sealed class RankingRefreshJob(RankingService rankings, ILogger<RankingRefreshJob> logger) : IJob
{
    public static readonly JobKey Key = new("ranking-refresh");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await rankings.RefreshAsync(cancellationToken);
        logger.LogInformation(
            "Rankings refreshed: {Weeks} weeks, {Rows} weekly rows written in {Milliseconds} ms",
            report.WeeksComputed, report.WeeklyRowsWritten, (int)report.Duration.TotalMilliseconds);
    }
}

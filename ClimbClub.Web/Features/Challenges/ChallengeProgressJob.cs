using ClimbClub.Web.Features.Instances;
using ClimbClub.Web.Features.Rankings;
using Microsoft.Extensions.Options;
using Quartz;

namespace ClimbClub.Web.Features.Challenges;

/// <summary>
/// Counts challenge progress on the ranking job's schedule; never two runs at once, and among instances sharing a
/// database, one run per interval.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ChallengeProgressJob(ChallengeProgress progress, JobLeases leases, IOptions<RankingOptions> options, ILogger<ChallengeProgressJob> logger) : IJob
{
    public static readonly JobKey Key = new("challenge-progress");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var interval = options.Value.RefreshInterval;
        await leases.RunAsync(Key.Name, JobSlot.Of(context, interval), interval / 2, CountAsync, cancellationToken);
    }

    private async Task CountAsync(CancellationToken cancellationToken)
    {
        var report = await progress.RefreshAsync(cancellationToken);
        logger.LogInformation(
            "Challenge progress counted: {Challenges} challenges, {Entries} members, {Completed} newly completed in {Milliseconds} ms",
            report.Challenges, report.Entries, report.Completed, (int)report.Duration.TotalMilliseconds);
    }
}

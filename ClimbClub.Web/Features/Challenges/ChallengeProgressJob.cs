using Quartz;

namespace ClimbClub.Web.Features.Challenges;

/// <summary>Counts challenge progress on the ranking job's schedule; never two runs at once.</summary>
[DisallowConcurrentExecution]
internal sealed class ChallengeProgressJob(ChallengeProgress progress, ILogger<ChallengeProgressJob> logger) : IJob
{
    public static readonly JobKey Key = new("challenge-progress");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await progress.RefreshAsync(cancellationToken);
        logger.LogInformation(
            "Challenge progress counted: {Challenges} challenges, {Entries} members, {Completed} newly completed in {Milliseconds} ms",
            report.Challenges, report.Entries, report.Completed, (int)report.Duration.TotalMilliseconds);
    }
}

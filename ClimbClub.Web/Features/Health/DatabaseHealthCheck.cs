using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClimbClub.Web.Features.Health;

/// <summary>When the background jobs last did their work, as the health report shows it.</summary>
public sealed record JobsState(
    DateTimeOffset? LastRankingRunAt,
    int? LastRankingRunMilliseconds,
    DateOnly? LastAttendanceNightClosed,
    IReadOnlyList<JobLease> Leases);

/// <summary>
/// The database answers a query, and with it the state of the jobs that write to it. A database that cannot be opened
/// or read throws, which the health service reports as unhealthy.
/// </summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<ClimbClubDbContext> dbFactory) : IHealthCheck
{
    public const string Name = "database";

    public const string JobsKey = "jobs";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ranking = await db.RankingRuns.AsNoTracking()
            .Where(r => r.Id == 1)
            .Select(r => new { r.FinishedAt, r.DurationMilliseconds })
            .SingleOrDefaultAsync(cancellationToken);
        var night = await db.AttendanceRuns.MaxAsync(r => (DateOnly?)r.Day, cancellationToken);
        var leases = await db.JobLeases.AsNoTracking().ToListAsync(cancellationToken);
        return HealthCheckResult.Healthy(data: new Dictionary<string, object>
        {
            [JobsKey] = new JobsState(ranking?.FinishedAt, ranking?.DurationMilliseconds, night, [.. leases.OrderBy(l => l.Job, StringComparer.Ordinal)]),
        });
    }
}

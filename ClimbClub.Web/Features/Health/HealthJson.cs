using System.Reflection;
using System.Text.Json;
using ClimbClub.Web.Features.Instances;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClimbClub.Web.Features.Health;

/// <summary>
/// The body of /health: overall status, the app's version, which instance answers, the database's status, the jobs'
/// last runs and which instance holds (or last held) each job's lease. No error text (it may name paths) and nothing
/// about members.
/// </summary>
internal static class HealthJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string Version =
        typeof(HealthJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var database = report.Entries.TryGetValue(DatabaseHealthCheck.Name, out var entry) ? entry : default;
        var jobs = database.Data?.GetValueOrDefault(DatabaseHealthCheck.JobsKey) as JobsState;
        var now = TimeProvider.System.GetUtcNow();
        var body = new HealthBody(
            report.Status.ToString(),
            Version,
            context.RequestServices.GetRequiredService<AppInstance>().Name,
            database.Status.ToString(),
            jobs is { LastRankingRunAt: { } at, LastRankingRunMilliseconds: { } milliseconds } ? new RankingRunBody(at, milliseconds) : null,
            jobs?.LastAttendanceNightClosed,
            jobs?.Leases.Select(l => new JobLeaseBody(l.Job, l.Holder, l.LeaseUntil > now, l.ClaimedAt, l.FinishedAt)).ToList());
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private sealed record HealthBody(
        string Status,
        string Version,
        string Instance,
        string Database,
        RankingRunBody? LastRankingRun,
        DateOnly? LastAttendanceNightClosed,
        IReadOnlyList<JobLeaseBody>? JobLeases);

    /// <summary>A job's lease: who holds it (or ran the job last), whether a run is going on, and when it started and ended.</summary>
    private sealed record JobLeaseBody(string Job, string Holder, bool Running, DateTimeOffset? ClaimedAt, DateTimeOffset? FinishedAt);

    private sealed record RankingRunBody(DateTimeOffset FinishedAt, int Milliseconds);
}

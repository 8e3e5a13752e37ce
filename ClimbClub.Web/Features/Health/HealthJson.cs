using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClimbClub.Web.Features.Health;

/// <summary>
/// The body of /health: overall status, the app's version, the database's status and the jobs' last runs. No error
/// text (it may name paths) and nothing about members.
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
        var body = new HealthBody(
            report.Status.ToString(),
            Version,
            database.Status.ToString(),
            jobs is { LastRankingRunAt: { } at, LastRankingRunMilliseconds: { } milliseconds } ? new RankingRunBody(at, milliseconds) : null,
            jobs?.LastAttendanceNightClosed);
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private sealed record HealthBody(string Status, string Version, string Database, RankingRunBody? LastRankingRun, DateOnly? LastAttendanceNightClosed);

    private sealed record RankingRunBody(DateTimeOffset FinishedAt, int Milliseconds);
}

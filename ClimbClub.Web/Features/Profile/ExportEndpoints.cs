using ClimbClub.Web.Features.Members;

namespace ClimbClub.Web.Features.Profile;

/// <summary>The CSV downloads of a member's own data: plain GETs, since they change nothing.</summary>
internal static class ExportEndpoints
{
    public const string SessionsPath = "/me/export/sessions.csv";
    public const string WeeklyScoresPath = "/me/export/weekly-scores.csv";

    public static void MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SessionsPath, (HttpContext http, ExportService export) =>
            DownloadAsync(http, export, "sessions", export.WriteSessionsAsync)).RequireAuthorization(ClubPolicies.Member);
        endpoints.MapGet(WeeklyScoresPath, (HttpContext http, ExportService export) =>
            DownloadAsync(http, export, "weekly-scores", export.WriteWeeklyScoresAsync)).RequireAuthorization(ClubPolicies.Member);
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext http, ExportService export, string kind, Func<ClubActor, Stream, CancellationToken, Task> write)
    {
        // The database decides, not the cookie: a member deactivated a minute ago gets no file.
        var member = await export.WhoAsync(http.User, http.RequestAborted);
        if (member is null)
        {
            return TypedResults.Forbid();
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(
            body => write(member, body, http.RequestAborted),
            "text/csv; charset=utf-8",
            export.FileName(kind));
    }
}

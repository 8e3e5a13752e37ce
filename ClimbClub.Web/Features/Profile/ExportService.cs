using System.Globalization;
using System.Security.Claims;
using System.Text;
using ClimbClub.Core.Export;
using ClimbClub.Core.Scoring;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Profile;

/// <summary>
/// A member's own data as CSV files, written row by row as the database returns them, so an export of years of
/// history never sits in memory. UTF-8 with a byte order mark, which Excel needs to read Hangul correctly.
/// </summary>
public sealed class ExportService(IDbContextFactory<ClimbClubDbContext> dbFactory, TimeProvider time, IStringLocalizer<ProfileText> text)
{
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The approved member asking, or null: checked before a response starts, so a refusal is never half a file.</summary>
    public async Task<ClubActor?> WhoAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ClubActor.FindAsync(db, who, cancellationToken);
    }

    public string FileName(string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"climbclub-{kind}-{time.GetUtcNow():yyyy-MM-dd}.csv");

    /// <summary>One line per colour row of each session, oldest first; voided sessions are included and marked.</summary>
    public async Task WriteSessionsAsync(ClubActor member, Stream output, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var colours = await db.Colours.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var gyms = await db.Gyms.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var points = colours.Values.ToDictionary(c => c.Id, c => c.Points);

        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Csv.Line(
            text["CsvSession"], text["CsvDate"], text["CsvStart"], text["CsvEnd"], text["CsvMinutes"], text["CsvGym"], text["CsvColour"],
            text["CsvProblems"], text["CsvPointsEach"], text["CsvPoints"], text["CsvVoidReason"], text["CsvNote"]));

        var sessions = db.Sessions.AsNoTracking()
            .Where(s => s.MemberId == member.Id)
            .OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Id)
            .Include(s => s.Lines)
            .AsAsyncEnumerable();
        await foreach (var session in sessions.WithCancellation(cancellationToken))
        {
            var rule = ScoringRules.For(generations.FirstOrDefault(g => g.Contains(session.Date))?.ScoringRule, points);
            var score = rule.Score(session.MemberLevel, session.Lines.OrderBy(l => l.ColourLevel).Select(l => new ScoredLine(l.ColourId, l.ColourLevel, l.Count)));
            foreach (var line in score.Lines)
            {
                await writer.WriteAsync(Csv.Line(
                    Invariant(session.Id),
                    session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    session.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    session.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                    Invariant(session.Minutes),
                    gyms.GetValueOrDefault(session.GymId),
                    colours.TryGetValue(line.ColourId, out var colour) ? colour.Name : null,
                    Invariant(line.Count),
                    Invariant(line.PointsEach),
                    Invariant(line.Points),
                    session.VoidReason,
                    session.Note));
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One line per week the member was ranked, oldest first, as the stored weekly boards hold it.</summary>
    public async Task WriteWeeklyScoresAsync(ClubActor member, Stream output, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var generations = await db.Generations.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Number, cancellationToken);

        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Csv.Line(
            text["CsvWeekStart"], text["CsvWeekEnd"], text["CsvGeneration"], text["CsvWeekNumber"], text["CsvPoints"], text["CsvProblems"],
            text["CsvMinutes"], text["CsvSessions"], text["CsvRank"]));

        var weeks = db.WeeklyScores.AsNoTracking()
            .Where(w => w.MemberId == member.Id)
            .OrderBy(w => w.WeekStart)
            .AsAsyncEnumerable();
        await foreach (var week in weeks.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Csv.Line(
                week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                week.WeekEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                week.GenerationId is { } id && generations.TryGetValue(id, out var number) ? Formats.Generation(number) : null,
                Invariant(week.WeekNumber),
                Invariant(week.Points),
                Invariant(week.Problems),
                Invariant(week.Minutes),
                Invariant(week.Sessions),
                Invariant(week.Rank)));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using ClimbClub.Core;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Stats;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Data.Configurations;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Profile;

/// <summary>Counts over the sessions dated in the period; voided sessions do not count.</summary>
public sealed record StatsTotals(int Sessions, int ClimbingDays, int Minutes, int Problems, decimal Points);

/// <summary>Problems solved in one colour of the scale.</summary>
public sealed record ColourTally(int ColourId, string Colour, string Color, int Level, int Problems);

/// <summary>The member's row of one week's board, with how many members that board ranked.</summary>
public sealed record WeekStat(
    string WeekKey,
    DateOnly Start,
    DateOnly End,
    int? GenerationId,
    int? GenerationNumber,
    int Number,
    decimal Points,
    int Problems,
    int Minutes,
    int Sessions,
    int Rank,
    int RankedMembers)
{
    [JsonIgnore]
    public ClubWeek Week => StatsWeeks.Of(Start, End, GenerationId, Number);
}

/// <summary>One week of the points trend: a week the member did not score in has 0 points.</summary>
public sealed record WeekPoints(DateOnly Start, DateOnly End, int? GenerationId, int? GenerationNumber, int Number, decimal Points)
{
    [JsonIgnore]
    public ClubWeek Week => StatsWeeks.Of(Start, End, GenerationId, Number);
}

internal static class StatsWeeks
{
    /// <summary>The club week of a stored row; a week outside every generation is named by its ISO year.</summary>
    public static ClubWeek Of(DateOnly start, DateOnly end, int? generationId, int number) =>
        new(start, end, generationId, number, ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue)));
}

/// <summary>
/// A member's own figures for a period. Totals and colours count the sessions dated from <see cref="From"/> to
/// <see cref="To"/>; <see cref="Weeks"/> (points, ranks) are the stored weekly boards of the weeks that overlap it,
/// so points are what the rankings gave. <see cref="Trend"/> has every week of the period up to this week, climbed or not.
/// </summary>
public sealed record MyStats(
    StatsPeriodKind Kind,
    DateOnly From,
    DateOnly To,
    int? GenerationNumber,
    StatsTotals Totals,
    IReadOnlyList<ColourTally> PerColour,
    IReadOnlyList<WeekStat> Weeks,
    IReadOnlyList<WeekPoints> Trend,
    IReadOnlyList<WeekStat> BestWeeks,
    StreakSummary Streaks,
    Standing? Standing);

/// <summary>
/// A member's statistics. The database does the counting (sums and groups over the member's indexed rows), so the
/// cost follows the figures asked for, not the length of the member's history.
/// </summary>
public sealed class StatsService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    StatsPeriodValidator validator,
    WeekSizes weekSizes,
    IStringLocalizer<ProfileText> text)
{
    public const int BestWeekCount = 3;

    public async Task<Outcome<MyStats>> MineAsync(ClaimsPrincipal who, StatsPeriod period, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);
        }

        var errors = validator.Check(period);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var me = actor.Id;
        var today = calendar.DateOf(time.GetUtcNow());
        var generations = await db.Generations.AsNoTracking().OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var mine = db.Sessions.AsNoTracking().Where(s => s.MemberId == me && s.VoidedAt == null);

        DateOnly from, to;
        Generation? generation = null;
        switch (period.Kind)
        {
            case StatsPeriodKind.Generation:
                generation = Generations.CurrentOrLatest(generations, today);
                if (generation is null)
                {
                    return Outcome.Fail(OutcomeKind.NotFound, text["NoGenerationYet"]);
                }

                (from, to) = (generation.StartDate, generation.EndDate);
                break;
            case StatsPeriodKind.AllTime:
                var first = await mine.MinAsync(s => (DateOnly?)s.Date, cancellationToken) ?? today;
                (from, to) = (first < today ? first : today, today);
                break;
            default:
                (from, to) = (period.From!.Value, period.To!.Value);
                break;
        }

        var sessions = mine.Where(s => s.Date >= from && s.Date <= to);
        var days = await sessions
            .GroupBy(s => s.Date)
            .Select(day => new
            {
                Day = day.Key,
                Sessions = day.Count(),
                Minutes = day.Sum(s => EF.Property<int>(s, SessionConfiguration.DurationMinutes)),
            })
            .ToListAsync(cancellationToken);
        var tallies = await (
            from line in db.SessionLines
            join session in sessions on line.SessionId equals session.Id
            join colour in db.Colours on line.ColourId equals colour.Id
            group line by new { colour.Id, colour.Name, colour.DisplayColor, colour.Level } into tally
            orderby tally.Key.Level
            select new ColourTally(tally.Key.Id, tally.Key.Name, tally.Key.DisplayColor, tally.Key.Level, tally.Sum(l => l.Count)))
            .ToListAsync(cancellationToken);

        var climbedOn = days.Select(d => d.Day).ToList();
        var weeks = await WeeksAsync(db, me, from, to, generations, cancellationToken);
        var totals = new StatsTotals(
            days.Sum(d => d.Sessions), climbedOn.Count, days.Sum(d => d.Minutes), tallies.Sum(t => t.Problems), weeks.Sum(w => w.Points));
        var best = weeks.Where(w => w.Points > 0).OrderByDescending(w => w.Points).ThenBy(w => w.Start).Take(BestWeekCount).ToList();

        var streakEnd = to < today ? to : today;
        var span = from <= streakEnd ? ClubWeeks.Between(from, streakEnd, generations) : [];
        var streaks = Streaks.Of(span, climbedOn, today);
        var scored = weeks.ToDictionary(w => w.Start);
        var numbers = generations.ToDictionary(g => g.Id, g => g.Number);
        var trend = span
            .Select(w => new WeekPoints(
                w.Start, w.End, w.GenerationId, w.GenerationId is { } id ? numbers.GetValueOrDefault(id) : null, w.Number, scored.GetValueOrDefault(w.Start)?.Points ?? 0))
            .ToList();

        var standing = period.Kind switch
        {
            StatsPeriodKind.Generation => await Standings.OfAsync(db, db.GenerationScores.Where(s => s.GenerationId == generation!.Id), me, cancellationToken),
            StatsPeriodKind.AllTime => await Standings.OfAsync(db, db.AllTimeScores, me, cancellationToken),
            _ => null,
        };
        return Outcome.Success(new MyStats(period.Kind, from, to, generation?.Number, totals, tallies, weeks, trend, best, streaks, standing));
    }

    private async Task<IReadOnlyList<WeekStat>> WeeksAsync(
        ClimbClubDbContext db, string me, DateOnly from, DateOnly to, IReadOnlyList<Generation> generations, CancellationToken cancellationToken)
    {
        var rows = await db.WeeklyScores.AsNoTracking()
            .Where(w => w.MemberId == me && w.WeekStart <= to && w.WeekEnd >= from)
            .OrderBy(w => w.WeekStart)
            .ToListAsync(cancellationToken);
        var ranked = await weekSizes.OfAsync(db, rows.Select(w => w.WeekKey).ToList(), cancellationToken);
        var numbers = generations.ToDictionary(g => g.Id, g => g.Number);
        return rows
            .Select(w => new WeekStat(
                w.WeekKey, w.WeekStart, w.WeekEnd, w.GenerationId, w.GenerationId is { } id ? numbers.GetValueOrDefault(id) : null, w.WeekNumber,
                w.Points, w.Problems, w.Minutes, w.Sessions, w.Rank, ranked.GetValueOrDefault(w.WeekKey)))
            .ToList();
    }
}

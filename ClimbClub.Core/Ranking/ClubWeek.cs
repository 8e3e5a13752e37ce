using System.Globalization;
using ClimbClub.Core.Reference;

namespace ClimbClub.Core.Ranking;

/// <summary>
/// A ranking week. Inside a generation, week 1 starts on the generation's first day (week = days since start / 7 + 1)
/// and the last week stops at the generation's last day. Dates outside every generation use ISO weeks (Monday first).
/// </summary>
/// <param name="Start">The week's first day.</param>
/// <param name="End">The week's last day.</param>
/// <param name="GenerationId">The generation the week belongs to, if any.</param>
/// <param name="Number">The week's number within its generation, or its ISO week number outside generations.</param>
/// <param name="Year">The ISO year for weeks outside generations; the generation's first year inside one.</param>
public sealed record ClubWeek(DateOnly Start, DateOnly End, int? GenerationId, int Number, int Year)
{
    /// <summary>How long after its last day a week still takes new sessions into the rankings.</summary>
    public const int OpenDaysAfterEnd = 14;

    /// <summary>Weeks never overlap, so the first day names a week.</summary>
    public string Key => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Frozen weeks ended more than 14 days ago: sessions dated in them no longer change any ranking.</summary>
    public bool IsFrozenOn(DateOnly today) => today.DayNumber - End.DayNumber > OpenDaysAfterEnd;
}

public static class ClubWeeks
{
    public static ClubWeek Of(DateOnly date, IReadOnlyCollection<Generation> generations)
    {
        var generation = generations.FirstOrDefault(g => g.Contains(date));
        if (generation is not null)
        {
            var index = (date.DayNumber - generation.StartDate.DayNumber) / 7;
            var start = generation.StartDate.AddDays(index * 7);
            var end = start.AddDays(6) > generation.EndDate ? generation.EndDate : start.AddDays(6);
            return new ClubWeek(start, end, generation.Id, index + 1, generation.StartDate.Year);
        }

        var day = date.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(day);
        var week = ISOWeek.GetWeekOfYear(day);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));

        // Days of this ISO week that fall inside a generation belong to that generation's week instead.
        var first = monday;
        while (first < date && generations.Any(g => g.Contains(first)))
        {
            first = first.AddDays(1);
        }

        var last = monday.AddDays(6);
        while (last > date && generations.Any(g => g.Contains(last)))
        {
            last = last.AddDays(-1);
        }

        return new ClubWeek(first, last, null, week, year);
    }

    public static ClubWeek Previous(ClubWeek week, IReadOnlyCollection<Generation> generations) =>
        Of(week.Start.AddDays(-1), generations);

    /// <summary>Every week that overlaps [from, to], in order.</summary>
    public static IReadOnlyList<ClubWeek> Between(DateOnly from, DateOnly to, IReadOnlyCollection<Generation> generations)
    {
        var weeks = new List<ClubWeek>();
        for (var week = Of(from, generations); week.Start <= to; week = Of(week.End.AddDays(1), generations))
        {
            weeks.Add(week);
        }

        return weeks;
    }

    /// <summary>The first day of the earliest week still open on <paramref name="today"/>.</summary>
    public static DateOnly OpenWindowStart(DateOnly today, IReadOnlyCollection<Generation> generations) =>
        Of(today.AddDays(-ClubWeek.OpenDaysAfterEnd), generations).Start;
}

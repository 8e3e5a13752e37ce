using System.Globalization;
using ClimbClub.Core.Stats;

namespace ClimbClub.Web.Components.Pages.Profile;

/// <summary>Why the address of my page holds no period.</summary>
internal enum StatsQueryError
{
    None,
    UnknownPeriod,
    BadDate,
}

/// <summary>A stats period read from the address of my page, or why it could not be read.</summary>
internal sealed record StatsQueryRead(StatsPeriod? Value, StatsQueryError Error);

/// <summary>
/// How my page writes its period into its address (<c>?period=range&amp;from=2026-03-01&amp;to=2026-03-31</c>) and reads
/// it back. Reading only turns text into a period; whether the period makes sense is the stats service's to judge.
/// </summary>
internal static class StatsQuery
{
    private const string AllTime = "all";
    private const string Range = "range";
    private const string DateFormat = "yyyy-MM-dd";

    public static StatsQueryRead Read(string? period, string? from, string? to)
    {
        switch (period)
        {
            case null or "":
                return new(StatsPeriod.CurrentGeneration, StatsQueryError.None);
            case AllTime:
                return new(StatsPeriod.AllTime, StatsQueryError.None);
            case Range:
                if (!TryDay(from, out var first) || !TryDay(to, out var last))
                {
                    return new(null, StatsQueryError.BadDate);
                }

                return new(new StatsPeriod { Kind = StatsPeriodKind.Range, From = first, To = last }, StatsQueryError.None);
            default:
                return new(null, StatsQueryError.UnknownPeriod);
        }
    }

    public static IReadOnlyDictionary<string, object?> Write(StatsPeriod period) => new Dictionary<string, object?>
    {
        ["period"] = period.Kind switch
        {
            StatsPeriodKind.AllTime => AllTime,
            StatsPeriodKind.Range => Range,
            _ => null,
        },
        ["from"] = period.Kind == StatsPeriodKind.Range ? Day(period.From) : null,
        ["to"] = period.Kind == StatsPeriodKind.Range ? Day(period.To) : null,
    };

    /// <summary>An empty day is read as missing (the service then asks for it); anything else must be a real date.</summary>
    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        day = parsed;
        return true;
    }

    private static string? Day(DateOnly? day) => day?.ToString(DateFormat, CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace ClimbClub.Web.Localization;

/// <summary>How dates and times appear on pages: unambiguous (ISO order) whatever the reader's locale.</summary>
public static class Formats
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A duration as hours and minutes, e.g. 2:05.</summary>
    public static string Duration(int minutes) => $"{minutes / 60}:{minutes % 60:D2}";

    public static string DateRange(DateOnly start, DateOnly end) => $"{Date(start)} – {Date(end)}";

    /// <summary>A moment in the club's own time (convert with ClubCalendar.ToClubTime first).</summary>
    public static string DateTime(DateTimeOffset clubTime) => clubTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The time of day of a moment in the club's own time (convert with ClubCalendar.ToClubTime first).</summary>
    public static string ClockTime(DateTimeOffset clubTime) => clubTime.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An attendance rate (0..1) as a whole percentage, 87%; a dash before any week counts.</summary>
    public static string Rate(decimal? rate) => rate is { } value ? value.ToString("0%", CultureInfo.CurrentCulture) : "—";

    /// <summary>Points as members read them: 6, 4.5, 0.25 (no trailing zeros).</summary>
    public static string Points(decimal points) => points.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A per-problem value with at least one decimal, as the scoring rules state them: 0.5, 1.0, 2.0.</summary>
    public static string PerProblem(decimal points) => points.ToString("0.0##", CultureInfo.CurrentCulture);
}

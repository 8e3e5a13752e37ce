using System.Globalization;

namespace ClimbClub.Web.Localization;

/// <summary>
/// How dates, times and numbers appear on pages, in the reader's language: dates year first in both (ISO in English,
/// 2026. 3. 1. in Korean, as Korean readers write them), times on the 24-hour clock, numbers in the culture's digits.
/// </summary>
public static class Formats
{
    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A duration as hours and minutes, e.g. 2:05.</summary>
    public static string Duration(int minutes) => $"{minutes / 60}:{minutes % 60:D2}";

    public static string DateRange(DateOnly start, DateOnly end) => $"{Date(start)} – {Date(end)}";

    /// <summary>A moment in the club's own time (convert with ClubCalendar.ToClubTime first).</summary>
    public static string DateTime(DateTimeOffset clubTime) => clubTime.ToString($"{DatePattern} HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The time of day of a moment in the club's own time (convert with ClubCalendar.ToClubTime first).</summary>
    public static string ClockTime(DateTimeOffset clubTime) => clubTime.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An attendance rate (0..1) as a whole percentage, 87%; a dash before any week counts.</summary>
    public static string Rate(decimal? rate) => rate is { } value ? value.ToString("0%", CultureInfo.CurrentCulture) : "—";

    /// <summary>Points as members read them: 6, 4.5, 0.25 (no trailing zeros).</summary>
    public static string Points(decimal points) => points.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A per-problem value with at least one decimal, as the scoring rules state them: 0.5, 1.0, 2.0.</summary>
    public static string PerProblem(decimal points) => points.ToString("0.0##", CultureInfo.CurrentCulture);

    /// <summary>A generation as the club writes it: 12기 in Korean, Gen 12 otherwise, the number in the culture's digits.</summary>
    public static string Generation(int number)
    {
        var digits = number.ToString(CultureInfo.CurrentCulture);
        return IsKorean ? $"{digits}기" : $"Gen {digits}";
    }

    /// <summary>How a date is written and typed in the reader's language (the pattern date pickers use too).</summary>
    public static string DatePattern => IsKorean ? "yyyy. M. d." : "yyyy-MM-dd";

    private static bool IsKorean => CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "ko";
}

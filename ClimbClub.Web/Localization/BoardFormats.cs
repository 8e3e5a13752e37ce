using System.Globalization;

namespace ClimbClub.Web.Localization;

/// <summary>How the boards write points and times.</summary>
public static class BoardFormats
{
    /// <summary>Points as the reader's culture writes numbers, with a decimal only when there is one (12, 12.5).</summary>
    public static string Points(decimal points) => points.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>The time of day of a moment in the club's own time (convert with ClubCalendar.ToClubTime first).</summary>
    public static string ClockTime(DateTimeOffset clubTime) => clubTime.ToString("HH:mm", CultureInfo.InvariantCulture);
}

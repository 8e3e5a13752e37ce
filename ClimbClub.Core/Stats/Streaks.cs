using ClimbClub.Core.Ranking;

namespace ClimbClub.Core.Stats;

/// <summary>
/// Runs of consecutive club weeks with at least one session. <see cref="Current"/> is null when the weeks looked at do
/// not reach today; otherwise it is the run that ends this week, or last week while this week is still empty.
/// </summary>
public sealed record StreakSummary(int Longest, DateOnly? LongestFrom, DateOnly? LongestTo, int? Current);

public static class Streaks
{
    /// <param name="weeks">Every club week of the span, in order, with no gaps (as <see cref="ClubWeeks.Between"/> gives).</param>
    /// <param name="climbedOn">The days the member climbed; days outside the weeks are ignored.</param>
    /// <param name="today">The club's today.</param>
    public static StreakSummary Of(IReadOnlyList<ClubWeek> weeks, IEnumerable<DateOnly> climbedOn, DateOnly today)
    {
        var climbed = new bool[weeks.Count];
        foreach (var day in climbedOn)
        {
            if (IndexOf(weeks, day) is var i and >= 0)
            {
                climbed[i] = true;
            }
        }

        var (longest, longestEnd, run) = (0, -1, 0);
        for (var i = 0; i < climbed.Length; i++)
        {
            run = climbed[i] ? run + 1 : 0;
            if (run > longest)
            {
                (longest, longestEnd) = (run, i);
            }
        }

        var thisWeek = IndexOf(weeks, today);
        int? current = null;
        if (thisWeek >= 0)
        {
            var last = climbed[thisWeek] ? thisWeek : thisWeek - 1;
            var count = 0;
            for (var i = last; i >= 0 && climbed[i]; i--)
            {
                count++;
            }

            current = count;
        }

        return longest == 0
            ? new StreakSummary(0, null, null, current)
            : new StreakSummary(longest, weeks[longestEnd - longest + 1].Start, weeks[longestEnd].End, current);
    }

    /// <summary>The index of the week holding <paramref name="day"/>, or -1; weeks are in order, so a binary search.</summary>
    private static int IndexOf(IReadOnlyList<ClubWeek> weeks, DateOnly day)
    {
        var (low, high) = (0, weeks.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (day < weeks[middle].Start)
            {
                high = middle - 1;
            }
            else if (day > weeks[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}

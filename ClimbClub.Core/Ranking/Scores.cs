namespace ClimbClub.Core.Ranking;

/// <summary>A member's totals on one board: what the ranking job stores and the pages read.</summary>
public abstract class BoardScore
{
    public string MemberId { get; set; } = "";

    public decimal Points { get; set; }

    public int Problems { get; set; }

    public int Minutes { get; set; }

    public int Sessions { get; set; }

    public int Rank { get; set; }
}

/// <summary>One member's row of one week's board.</summary>
public sealed class WeeklyScore : BoardScore
{
    public string WeekKey { get; set; } = "";

    public DateOnly WeekStart { get; set; }

    public DateOnly WeekEnd { get; set; }

    public int? GenerationId { get; set; }

    public int WeekNumber { get; set; }
}

/// <summary>One member's row of a generation's board: the sum of their weeks in it.</summary>
public sealed class GenerationScore : BoardScore
{
    public int GenerationId { get; set; }
}

/// <summary>One member's row of the all-time board.</summary>
public sealed class AllTimeScore : BoardScore;

/// <summary>A week the ranking job has computed at least once; frozen weeks keep what was computed last.</summary>
public sealed class RankedWeek
{
    public string Key { get; set; } = "";

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>The ranking job's own state: when it last finished, and how long that took.</summary>
public sealed class RankingRun
{
    public int Id { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>The club date of that run; the next run recomputes every week still open on it.</summary>
    public DateOnly ClubDate { get; set; }

    public int DurationMilliseconds { get; set; }
}

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

/// <summary>
/// The sums of a member's frozen weeks in one generation, kept by the ranking job so each refresh adds the open weeks
/// to them instead of summing the club's whole history again. Not a board: it has no rank and no page reads it.
/// </summary>
public sealed class FrozenTotal
{
    /// <summary>The <see cref="GenerationKey"/> of weeks outside every generation (they count all-time only).</summary>
    public const int NoGeneration = 0;

    public string MemberId { get; set; } = "";

    /// <summary>The generation's id, or <see cref="NoGeneration"/>.</summary>
    public int GenerationKey { get; set; }

    public decimal Points { get; set; }

    public int Problems { get; set; }

    public int Minutes { get; set; }

    public int Sessions { get; set; }
}

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

    /// <summary>
    /// Every week ending before this day is summed in the frozen totals; null until a run has built them (then the
    /// next run builds them from the stored weeks).
    /// </summary>
    public DateOnly? FrozenBefore { get; set; }
}

namespace ClimbClub.Core.Challenges;

/// <summary>What a challenge counts over the sessions dated inside it.</summary>
public enum ChallengeGoalKind
{
    /// <summary>Problems solved at a colour level or harder.</summary>
    Problems,

    Sessions,

    /// <summary>Minutes of climbing.</summary>
    Minutes,
}

/// <summary>A club challenge an officer sets: a goal over the sessions of a stretch of days, for whoever joins.</summary>
public sealed class Challenge
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public ChallengeGoalKind GoalKind { get; set; }

    public int Target { get; set; }

    /// <summary>For a problems goal: the easiest colour level that counts.</summary>
    public int? MinLevel { get; set; }

    /// <summary>How many members may join; null for no limit.</summary>
    public int? MemberLimit { get; set; }

    public string CreatedById { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Closed by an officer: nobody joins any more and progress stays as it was.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>A member taking part in a challenge, with their progress as the last refresh counted it.</summary>
public sealed class ChallengeEntry
{
    public long Id { get; set; }

    public int ChallengeId { get; set; }

    public string MemberId { get; set; } = "";

    public DateTimeOffset JoinedAt { get; set; }

    public int Progress { get; set; }

    /// <summary>When the goal was reached: the member's badge. Cleared if a voided or edited session takes it away.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>One session as a challenge counts it: its day, its minutes and its problems per colour level.</summary>
public sealed record CountedSession(DateOnly Date, int Minutes, IReadOnlyList<CountedLine> Lines);

public sealed record CountedLine(int ColourLevel, int Count);

/// <summary>How far a member is towards a goal. Pure: the caller passes the member's sessions that are not voided.</summary>
public static class ChallengeGoals
{
    public static int Progress(Challenge challenge, IEnumerable<CountedSession> sessions)
    {
        var inside = sessions.Where(s => s.Date >= challenge.StartDate && s.Date <= challenge.EndDate);
        return challenge.GoalKind switch
        {
            ChallengeGoalKind.Sessions => inside.Count(),
            ChallengeGoalKind.Minutes => inside.Sum(s => s.Minutes),
            _ => inside.Sum(s => s.Lines.Where(l => l.ColourLevel >= (challenge.MinLevel ?? 1)).Sum(l => l.Count)),
        };
    }

    public static bool IsReached(Challenge challenge, int progress) => progress >= challenge.Target;

    /// <summary>Progress as a share of the target, 0..1, for a progress bar.</summary>
    public static decimal Share(Challenge challenge, int progress) => Share(challenge.Target, progress);

    /// <summary>Progress as a share of a target, 0..1, for a progress bar.</summary>
    public static decimal Share(int target, int progress) =>
        target <= 0 ? 1 : Math.Min(1m, (decimal)progress / target);
}

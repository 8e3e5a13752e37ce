namespace ClimbClub.Core.Log;

/// <summary>
/// One bouldering session of a member: a day, a time span, a gym and the problems solved per colour.
/// The member's level when it was logged is kept, so later level changes never rewrite its score.
/// </summary>
public sealed class Session
{
    public long Id { get; set; }

    public string MemberId { get; set; } = "";

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int GymId { get; set; }

    public string? Note { get; set; }

    /// <summary>The level (colour scale position) the member had when logging the session.</summary>
    public int MemberLevel { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? VoidedAt { get; set; }

    public string? VoidedById { get; set; }

    public string? VoidReason { get; set; }

    public List<SessionLine> Lines { get; set; } = [];

    public bool IsVoided => VoidedAt is not null;

    public int Minutes => (int)(End - Start).TotalMinutes;

    public int Problems => Lines.Sum(l => l.Count);
}

/// <summary>How many problems of one colour a session solved.</summary>
public sealed class SessionLine
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public int ColourId { get; set; }

    /// <summary>The colour's level when the line was written.</summary>
    public int ColourLevel { get; set; }

    public int Count { get; set; }
}

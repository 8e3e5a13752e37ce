namespace ClimbClub.Core.Notifications;

/// <summary>The kinds of news a member gets; each can be turned off, apart from the sign-up decision.</summary>
public enum NotificationKind
{
    SignUpApproved,
    CheckInApproved,
    CheckInRejected,
    SessionVoided,
    ChallengeJoined,
    ChallengeCompleted,
    OvertakenOnWeeklyBoard,
}

/// <summary>One piece of news for one member. The words are made when it is shown, from its kind and subject.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string MemberId { get; set; } = "";

    public NotificationKind Kind { get; set; }

    /// <summary>What it is about, as shown: a challenge's title, a member's name, a date.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The member the subject names, if it names one, so the name can be taken out when they leave the club.</summary>
    public string? AboutMemberId { get; set; }

    /// <summary>More words where the kind has them (an officer's reason).</summary>
    public string? Detail { get; set; }

    /// <summary>A page of the app it leads to, relative ("challenges/3").</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A kind of notification a member turned off.</summary>
public sealed class MutedNotification
{
    public string MemberId { get; set; } = "";

    public NotificationKind Kind { get; set; }
}

public static class NotificationKinds
{
    /// <summary>The kinds a member may turn off: everything but the answer to their sign-up.</summary>
    public static IReadOnlyList<NotificationKind> Optional { get; } = Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.SignUpApproved).ToList();
}

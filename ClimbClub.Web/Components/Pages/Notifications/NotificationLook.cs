using ClimbClub.Core.Notifications;

namespace ClimbClub.Web.Components.Pages.Notifications;

/// <summary>How each kind of news looks in the list and among the choices: its icon and its colour.</summary>
internal static class NotificationLook
{
    public static string Icon(NotificationKind kind) => kind switch
    {
        NotificationKind.SignUpApproved => "celebration",
        NotificationKind.CheckInApproved => "event_available",
        NotificationKind.CheckInRejected => "event_busy",
        NotificationKind.SessionVoided => "block",
        NotificationKind.ChallengeJoined => "group_add",
        NotificationKind.ChallengeCompleted => "emoji_events",
        NotificationKind.OvertakenOnWeeklyBoard => "trending_down",
        _ => "notifications",
    };

    /// <summary>A CSS modifier: good news green, an officer's no red, challenges gold, the rest the app's blue.</summary>
    public static string Tone(NotificationKind kind) => kind switch
    {
        NotificationKind.SignUpApproved or NotificationKind.CheckInApproved => "good",
        NotificationKind.CheckInRejected or NotificationKind.SessionVoided => "bad",
        NotificationKind.ChallengeJoined or NotificationKind.ChallengeCompleted => "gold",
        _ => "info",
    };

    /// <summary>Kinds whose subject is a date (as the services write it), never to be broken at its hyphens.</summary>
    public static bool SubjectIsDate(NotificationKind kind) =>
        kind is NotificationKind.CheckInApproved or NotificationKind.CheckInRejected or NotificationKind.SessionVoided;

    /// <summary>Kinds whose detail is an officer's reason, shown under the sentence; for the others it is part of it.</summary>
    public static bool DetailIsReason(NotificationKind kind) => kind is NotificationKind.CheckInRejected or NotificationKind.SessionVoided;
}

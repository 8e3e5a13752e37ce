using ClimbClub.Core;
using Radzen;

namespace ClimbClub.Web.Components.Shared;

/// <summary>Tells the user how an action on a live page went: a short success note, or the service's reason longer.</summary>
public static class OutcomeNotifications
{
    public static void Report(this NotificationService notifications, Outcome outcome, string success) =>
        notifications.Notify(outcome.Succeeded
            ? new NotificationMessage { Severity = NotificationSeverity.Success, Summary = success, Duration = 4000 }
            : new NotificationMessage { Severity = NotificationSeverity.Error, Summary = outcome.Message, Duration = 8000 });
}

using System.Globalization;
using ClimbClub.Core.Notifications;
using ClimbClub.Web.Data;
using ClimbClub.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Notifications;

/// <summary>
/// Writes notifications inside the caller's unit of work (so news is saved with the change it tells of, or not at
/// all), skipping the kinds the member turned off; after the caller commits, <see cref="Announce"/> pushes them to
/// the members' open pages.
/// </summary>
public sealed class NotificationSender(TimeProvider time, MemberSignals signals)
{
    /// <summary>
    /// Adds a notification for <paramref name="memberId"/> unless they turned its kind off; true when added.
    /// <paramref name="aboutMemberId"/> is the member the subject names, if any.
    /// </summary>
    public async Task<bool> AddAsync(
        ClimbClubDbContext db, string memberId, NotificationKind kind, string subject, string? detail = null, string? link = null,
        string? aboutMemberId = null, CancellationToken cancellationToken = default)
    {
        if (await db.MutedNotifications.AnyAsync(m => m.MemberId == memberId && m.Kind == kind, cancellationToken))
        {
            return false;
        }

        db.Notifications.Add(new Notification
        {
            MemberId = memberId,
            Kind = kind,
            Subject = Cut(subject, NotificationConfiguration.SubjectMaxLength),
            Detail = detail is null ? null : Cut(detail, NotificationConfiguration.DetailMaxLength),
            Link = link,
            AboutMemberId = aboutMemberId,
            CreatedAt = time.GetUtcNow(),
        });
        return true;
    }

    public void Announce(params IEnumerable<string> memberIds) => signals.Publish(memberIds);

    /// <summary>A date as a subject is stored: ISO, so each reader sees it written in their own language.</summary>
    public static string DateSubject(DateOnly date) => date.ToString(StoredDate, CultureInfo.InvariantCulture);

    /// <summary>The date a subject written by <see cref="DateSubject"/> holds, or null.</summary>
    public static DateOnly? DateIn(string subject) =>
        DateOnly.TryParseExact(subject, StoredDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private const string StoredDate = "yyyy-MM-dd";

    private static string Cut(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;
}

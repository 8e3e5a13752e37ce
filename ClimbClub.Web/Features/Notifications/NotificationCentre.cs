using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Notifications;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Notifications;

public sealed record NotificationView(long Id, NotificationKind Kind, string Subject, string? Detail, string? Link, DateTimeOffset CreatedAt, bool IsUnread);

public sealed record NotificationPage(IReadOnlyList<NotificationView> Rows, int Total, int Unread);

/// <summary>Whether the member gets a kind of notification.</summary>
public sealed record NotificationChoice(NotificationKind Kind, bool On);

/// <summary>A member's own notifications and which kinds they get. Every call reads only the caller's rows.</summary>
public sealed class NotificationCentre(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    TimeProvider time,
    MemberSignals signals,
    IStringLocalizer<NotificationText> text)
{
    public const int MaxPageSize = 100;

    /// <summary>The member's id for live updates, or null for anyone who is not an approved member.</summary>
    public async Task<string?> MemberIdAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await ClubActor.FindAsync(db, who, cancellationToken))?.Id;
    }

    public async Task<int> UnreadCountAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        return actor is null ? 0 : await db.Notifications.CountAsync(n => n.MemberId == actor.Id && n.ReadAt == null, cancellationToken);
    }

    /// <summary>The member's notifications, newest first.</summary>
    public async Task<Outcome<NotificationPage>> PageAsync(ClaimsPrincipal who, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var mine = db.Notifications.AsNoTracking().Where(n => n.MemberId == actor.Id);
        var rows = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, MaxPageSize))
            .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.Detail, n.Link, n.CreatedAt, n.ReadAt == null))
            .ToListAsync(cancellationToken);
        return Outcome.Success(new NotificationPage(
            rows, await mine.CountAsync(cancellationToken), await mine.CountAsync(n => n.ReadAt == null, cancellationToken)));
    }

    /// <summary>Marks one of the member's notifications read (another member's is not found), or all of them with no id.</summary>
    public async Task<Outcome> MarkReadAsync(ClaimsPrincipal who, long? id = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var unread = db.Notifications.Where(n => n.MemberId == actor.Id && n.ReadAt == null && (id == null || n.Id == id));
        if (id is not null && !await db.Notifications.AnyAsync(n => n.MemberId == actor.Id && n.Id == id, cancellationToken))
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["NotificationNotFound"]);
        }

        if (await unread.ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, time.GetUtcNow()), cancellationToken) > 0)
        {
            signals.Publish([actor.Id]);
        }

        return Outcome.Ok;
    }

    public async Task<Outcome<IReadOnlyList<NotificationChoice>>> ChoicesAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        var muted = await db.MutedNotifications.Where(m => m.MemberId == actor.Id).Select(m => m.Kind).ToListAsync(cancellationToken);
        return Outcome.Success<IReadOnlyList<NotificationChoice>>(
            NotificationKinds.Optional.Select(k => new NotificationChoice(k, !muted.Contains(k))).ToList());
    }

    /// <summary>Turns a kind on or off for the member; the answer to a sign-up cannot be turned off.</summary>
    public async Task<Outcome> ChooseAsync(ClaimsPrincipal who, NotificationKind kind, bool on, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return MembersOnly();
        }

        if (!NotificationKinds.Optional.Contains(kind))
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["KindNotOptional"]);
        }

        var row = await db.MutedNotifications.SingleOrDefaultAsync(m => m.MemberId == actor.Id && m.Kind == kind, cancellationToken);
        if (on && row is not null)
        {
            db.MutedNotifications.Remove(row);
        }
        else if (!on && row is null)
        {
            db.MutedNotifications.Add(new MutedNotification { MemberId = actor.Id, Kind = kind });
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    private Outcome MembersOnly() => Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);
}

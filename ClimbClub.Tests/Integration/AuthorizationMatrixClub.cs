using System.Globalization;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Log;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The club of everyone plus something of each kind that belongs to someone: a logged session for the member and
/// for the officer, an unread notification for each, and a challenge the officer set and joined. Each person signs
/// in once; their cookies are reused by every request of the test class.
/// </summary>
public sealed class AuthorizationMatrixClub : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> visitors = new(StringComparer.Ordinal);

    public ClubOfEveryone Club { get; } = new();

    public long MemberSessionId { get; private set; }

    public long OfficerSessionId { get; private set; }

    public long MemberNotificationId { get; private set; }

    public long OfficerNotificationId { get; private set; }

    public int ChallengeId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Club.InitializeAsync();
        MemberSessionId = await LogSessionAsync(Caller.Member, "The member's own session");
        OfficerSessionId = await LogSessionAsync(Caller.Officer, "The officer's own session");
        MemberNotificationId = await NotifyAsync(Club.MemberId);
        OfficerNotificationId = await NotifyAsync(Club.OfficerId);
        ChallengeId = await SetChallengeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var visitor in visitors.Values)
        {
            visitor.Dispose();
        }

        await Club.DisposeAsync();
    }

    /// <summary>An HTTP client for the person, signed in through the real form the first time it is asked for.</summary>
    public async Task<HttpClient> VisitorAsync(string who)
    {
        if (!visitors.TryGetValue(who, out var visitor))
        {
            visitor = who switch
            {
                Caller.Anonymous => Club.CreateVisitor(),
                Caller.Admin => await Club.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword),
                _ => await Club.SignedInVisitorAsync(EmailOf(who)),
            };
            visitors[who] = visitor;
        }

        return visitor;
    }

    /// <summary>Something a day in the past, so no rule about the future or frozen weeks can refuse it.</summary>
    public async Task<SessionInput> SessionInputAsync(int daysAgo, int startHour, string note)
    {
        var today = await TodayAsync();
        var (gym, colour) = await Club.WithDbAsync(async db => (
            await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            await db.Colours.OrderBy(c => c.Level).Select(c => c.Id).FirstAsync()));
        return new SessionInput
        {
            Date = today.AddDays(-daysAgo),
            Start = new TimeOnly(startHour, 0),
            End = new TimeOnly(startHour + 1, 0),
            GymId = gym,
            Lines = [new SessionLineInput { ColourId = colour, Count = 3 }],
            Note = note,
        };
    }

    public async Task<DateOnly> TodayAsync()
    {
        await using var scope = Club.Scope();
        var services = scope.ServiceProvider;
        return services.GetRequiredService<ClubCalendar>().DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    /// <summary>
    /// Everything a call could write, as text: the admin-managed data (<see cref="ClubState"/>) plus sessions,
    /// notifications, challenges, and the attendance schedule and records.
    /// </summary>
    public async Task<string> SnapshotAsync()
    {
        var club = await ClubState.SnapshotAsync(Club);
        var owned = await Club.WithDbAsync(async db =>
        {
            var sessions = (await db.Sessions.AsNoTracking().Include(s => s.Lines).ToListAsync()).OrderBy(s => s.Id).Select(s => Line(
                $"session {s.Id} {s.MemberId} {s.Date:O} {s.Start:HH:mm}-{s.End:HH:mm} gym={s.GymId} L{s.MemberLevel} '{s.Note}' updated={s.UpdatedAt:O} void={s.VoidedAt:O} '{s.VoidReason}' {Lines(s)}"));
            var notifications = (await db.Notifications.AsNoTracking().ToListAsync()).OrderBy(n => n.Id)
                .Select(n => Line($"notification {n.Id} {n.MemberId} {n.Kind} read={n.ReadAt:O}"));
            var muted = (await db.MutedNotifications.AsNoTracking().ToListAsync()).OrderBy(m => m.MemberId, StringComparer.Ordinal).ThenBy(m => m.Kind)
                .Select(m => Line($"muted {m.MemberId} {m.Kind}"));
            var challenges = (await db.Challenges.AsNoTracking().ToListAsync()).OrderBy(c => c.Id)
                .Select(c => Line($"challenge {c.Id} '{c.Title}' {c.StartDate:O}..{c.EndDate:O} {c.GoalKind} {c.Target} limit={c.MemberLimit} closed={c.ClosedAt:O}"));
            var entries = (await db.ChallengeEntries.AsNoTracking().ToListAsync()).OrderBy(e => e.Id)
                .Select(e => Line($"entry {e.Id} {e.ChallengeId} {e.MemberId} {e.Progress} done={e.CompletedAt:O}"));
            var schedule = (await db.RegularSessions.AsNoTracking().ToListAsync()).OrderBy(s => s.Id)
                .Select(s => Line($"regular {s.Id} {s.GenerationId} {s.Weekday} {s.GymId} {s.Start:HH:mm}"));
            var holidays = (await db.Holidays.AsNoTracking().ToListAsync()).OrderBy(h => h.Id)
                .Select(h => Line($"holiday {h.Id} {h.Date:O} {h.Name}"));
            var requests = (await db.CheckInRequests.AsNoTracking().ToListAsync()).OrderBy(r => r.Id)
                .Select(r => Line($"request {r.Id} {r.MemberId} {r.Status} {r.Reason}"));
            var records = (await db.AttendanceRecords.AsNoTracking().ToListAsync()).OrderBy(r => r.Id)
                .Select(r => Line($"attendance {r.Id} {r.MemberId} {r.WeekStart:O} {r.Status} {r.Source} {r.Reason}"));
            return string.Join('\n', [.. sessions, .. notifications, .. muted, .. challenges, .. entries, .. schedule, .. holidays, .. requests, .. records]);
        });
        return club + "\n" + owned;
    }

    public static string EmailOf(string who) => who switch
    {
        Caller.Pending => ClubOfEveryone.PendingEmail,
        Caller.Rejected => ClubOfEveryone.RejectedEmail,
        Caller.Member => ClubOfEveryone.MemberEmail,
        Caller.Officer => ClubOfEveryone.OfficerEmail,
        Caller.Admin => ClimbClubApp.AdminEmail,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Lines(Session session) =>
        string.Join(',', session.Lines.OrderBy(l => l.ColourId).Select(l => Line($"{l.ColourId}x{l.Count}")));

    private async Task<long> LogSessionAsync(string who, string note)
    {
        await using var scope = Club.Scope();
        var logged = await scope.ServiceProvider.GetRequiredService<LogService>().AddAsync(Club.Principal(who), await SessionInputAsync(1, 10, note));
        Assert.True(logged.Succeeded, logged.Message);
        return logged.Value;
    }

    private Task<long> NotifyAsync(string memberId) => Club.WithDbAsync(async db =>
    {
        var notification = new Notification { MemberId = memberId, Kind = NotificationKind.ChallengeJoined, Subject = "Ten green problems", CreatedAt = DateTimeOffset.UtcNow };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });

    private async Task<int> SetChallengeAsync()
    {
        await using var scope = Club.Scope();
        var challenges = scope.ServiceProvider.GetRequiredService<ChallengeService>();
        var today = await TodayAsync();
        var green = await Club.WithDbAsync(db => db.Colours.Where(c => c.Name == "Green").Select(c => c.Id).SingleAsync());
        var created = await challenges.CreateAsync(Club.Principal(Caller.Officer), new ChallengeInput
        {
            Title = "Ten green problems",
            StartDate = today,
            EndDate = today.AddDays(13),
            GoalKind = ChallengeGoalKind.Problems,
            Target = 10,
            ColourId = green,
        });
        Assert.True(created.Succeeded, created.Message);
        var joined = await challenges.JoinAsync(Club.Principal(Caller.Officer), created.Value);
        Assert.True(joined.Succeeded, joined.Message);
        return created.Value;
    }
}

using System.Diagnostics;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Data.Configurations;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Challenges;

public sealed record ProgressReport(int Challenges, int Entries, int Completed, TimeSpan Duration);

/// <summary>
/// Counts every member's progress in the challenges still running (and those that ended within the last two weeks,
/// for sessions logged late), from their sessions that are not voided, with the goal rules of Core. Reaching the goal
/// earns the badge and a notification; a voided or edited session that takes the member below it takes the badge
/// away again. Closed challenges keep their counts.
/// </summary>
public sealed class ChallengeProgress(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    NotificationSender notifications,
    Notifier<ChallengesChanged> changed)
{
    public async Task<ProgressReport> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var now = time.GetUtcNow();
        var today = calendar.DateOf(now);
        var since = today.AddDays(-ClubWeek.OpenDaysAfterEnd);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var running = await db.Challenges.AsNoTracking()
            .Where(c => c.ClosedAt == null && c.StartDate <= today && c.EndDate >= since)
            .ToListAsync(cancellationToken);
        var (entriesCounted, completed, changes) = (0, new List<string>(), 0);
        foreach (var challenge in running)
        {
            var entries = await db.ChallengeEntries.Where(e => e.ChallengeId == challenge.Id).ToListAsync(cancellationToken);
            var members = entries.Select(e => e.MemberId).ToList();
            var sessions = await db.Sessions.AsNoTracking()
                .Where(s => members.Contains(s.MemberId) && s.VoidedAt == null && s.Date >= challenge.StartDate && s.Date <= challenge.EndDate)
                .Select(s => new
                {
                    s.MemberId,
                    Counted = new CountedSession(
                        s.Date,
                        EF.Property<int>(s, SessionConfiguration.DurationMinutes),
                        s.Lines.Select(l => new CountedLine(l.ColourLevel, l.Count)).ToList()),
                })
                .ToListAsync(cancellationToken);
            var byMember = sessions.ToLookup(s => s.MemberId, s => s.Counted);
            foreach (var entry in entries)
            {
                entriesCounted++;
                var progress = ChallengeGoals.Progress(challenge, byMember[entry.MemberId]);
                var reached = ChallengeGoals.IsReached(challenge, progress);
                changes += entry.Progress != progress || reached != (entry.CompletedAt is not null) ? 1 : 0;
                entry.Progress = progress;
                if (reached && entry.CompletedAt is null)
                {
                    entry.CompletedAt = now;
                    if (await notifications.AddAsync(
                            db, entry.MemberId, NotificationKind.ChallengeCompleted, challenge.Title, link: $"challenges/{challenge.Id}", cancellationToken: cancellationToken))
                    {
                        completed.Add(entry.MemberId);
                    }
                }
                else if (!reached)
                {
                    entry.CompletedAt = null;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifications.Announce(completed);
        if (changes > 0)
        {
            changed.Publish();
        }

        return new ProgressReport(running.Count, entriesCounted, completed.Count, clock.Elapsed);
    }
}

using System.Collections.Concurrent;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace ClimbClub.Web.Features.Instances;

/// <summary>
/// A span of schedule time that one run of a job covers, and the scheduled time of the firing that asks for it. Every
/// instance maps one interval to the same slot, and one instance's successive firings to successive slots even when
/// they run late.
/// </summary>
public readonly record struct JobSlot(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset FiredFor)
{
    /// <summary>The slot of an interval job's firing: the interval its scheduled time falls in.</summary>
    public static JobSlot Of(IJobExecutionContext context, TimeSpan interval)
    {
        var at = ScheduledTime(context);
        var start = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % interval.Ticks), TimeSpan.Zero);
        return new JobSlot(start, start + interval, at);
    }

    /// <summary>The slot of a job fired at set times (nightly): its scheduled time alone, the same on every instance.</summary>
    public static JobSlot Of(IJobExecutionContext context)
    {
        var at = ScheduledTime(context);
        return new JobSlot(at, at.AddTicks(1), at);
    }

    private static DateTimeOffset ScheduledTime(IJobExecutionContext context) => (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).ToUniversalTime();
}

/// <summary>
/// Runs a background job's work only on the instance that claims it, so instances sharing a database neither run a
/// job twice at once nor each run every slot of its schedule. A claim is one conditional UPDATE of the job's row: the
/// slot must come after the last one claimed (a later start, or a firing past its end, which also holds when the
/// interval setting changed) and the lease be free (or this instance's own). The lease is renewed while the work
/// runs; if it is lost the work is cancelled, and if the instance dies it expires and another takes over.
/// </summary>
public sealed class JobLeases(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    AppInstance instance,
    StoragePaths paths,
    IOptions<InstanceOptions> options,
    ILogger<JobLeases> logger)
{
    // Leases compare times written by different processes, so they use the wall clock, never the app's TimeProvider
    // (which tests replace with a clock they move by hand).
    private static readonly TimeProvider Wall = TimeProvider.System;

    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="work"/> if this instance claims <paramref name="slot"/> of <paramref name="job"/>: true if it
    /// ran. The lease lasts <paramref name="lease"/> (at most Instance:MaxLease) and, on PostgreSQL, is renewed every third of it.
    /// </summary>
    public async Task<bool> RunAsync(string job, JobSlot slot, TimeSpan lease, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        lease = lease < options.Value.MaxLease ? lease : options.Value.MaxLease;
        if (!await ClaimAsync(job, slot, lease, cancellationToken))
        {
            logger.LogDebug("{Job} slot {Slot:O} is another instance's", job, slot.Start);
            return false;
        }

        logger.LogInformation("{Job} slot {Slot:O} started on {Instance} at {At:O}", job, slot.Start, instance.Name, Wall.GetUtcNow());
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var done = new CancellationTokenSource();
        // SQLite has one writer at a time: a run's own transaction would hold its renewals back (and fail them after
        // the busy timeout), while the file's lock already keeps two runs from writing together.
        var renewing = paths.Provider == DatabaseProvider.Postgres ? KeepAsync(job, slot, lease, lost, done.Token) : Task.CompletedTask;
        try
        {
            await work(lost.Token);
        }
        finally
        {
            await done.CancelAsync();
            await renewing;

            // Logged before the release: no other instance can start this job until the release has committed.
            logger.LogInformation("{Job} slot {Slot:O} finished on {Instance} at {At:O}", job, slot.Start, instance.Name, Wall.GetUtcNow());
            await ReleaseAsync(job, slot);
        }

        return true;
    }

    private async Task<bool> ClaimAsync(string job, JobSlot slot, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!known.ContainsKey(job))
        {
            // Year one for slot and lease: any real slot is later, and the lease long over.
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "JobLeases" ("Job", "Holder", "SlotStart", "SlotEnd", "LeaseUntil") VALUES ({job}, '', 0, 0, 0) ON CONFLICT ("Job") DO NOTHING""",
                cancellationToken);
            known[job] = true;
        }

        var now = Wall.GetUtcNow();
        var me = instance.Name;
        var claimed = await db.JobLeases
            .Where(l => l.Job == job && (l.SlotStart < slot.Start || l.SlotEnd <= slot.FiredFor) && (l.LeaseUntil < now || l.Holder == me))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(l => l.Holder, me)
                    .SetProperty(l => l.SlotStart, slot.Start)
                    .SetProperty(l => l.SlotEnd, slot.End)
                    .SetProperty(l => l.LeaseUntil, now + lease)
                    .SetProperty(l => l.ClaimedAt, now)
                    .SetProperty(l => l.FinishedAt, (DateTimeOffset?)null),
                cancellationToken);
        return claimed == 1;
    }

    /// <summary>Renews the lease until the work is done; cancels the work when the lease is no longer this instance's.</summary>
    private async Task KeepAsync(string job, JobSlot slot, TimeSpan lease, CancellationTokenSource lost, CancellationToken done)
    {
        using var timer = new PeriodicTimer(lease / 3, Wall);
        try
        {
            while (await timer.WaitForNextTickAsync(done))
            {
                if (!await RenewAsync(job, slot, lease, done))
                {
                    logger.LogWarning("{Job} slot {Slot:O}: {Instance} lost its lease; stopping the run", job, slot.Start, instance.Name);
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The work is over.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database did not answer: the lease cannot be known to hold, so the work stops rather than risk a twin.
            logger.LogWarning(ex, "{Job} slot {Slot:O}: {Instance} could not renew its lease; stopping the run", job, slot.Start, instance.Name);
            await lost.CancelAsync();
        }
    }

    private async Task<bool> RenewAsync(string job, JobSlot slot, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var until = Wall.GetUtcNow() + lease;
        var me = instance.Name;
        return await db.JobLeases
            .Where(l => l.Job == job && l.Holder == me && l.SlotStart == slot.Start && l.SlotEnd == slot.End)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.LeaseUntil, until), cancellationToken) == 1;
    }

    private async Task ReleaseAsync(string job, JobSlot slot)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            var now = Wall.GetUtcNow();
            var me = instance.Name;
            await db.JobLeases
                .Where(l => l.Job == job && l.Holder == me && l.SlotStart == slot.Start && l.SlotEnd == slot.End)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.LeaseUntil, now).SetProperty(l => l.FinishedAt, now), CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The lease then ends by itself when its time is up.
            logger.LogWarning(ex, "{Job} slot {Slot:O}: {Instance} could not release its lease", job, slot.Start, instance.Name);
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClimbClub.Load;

/// <summary>What the clients measured, and what the app and this tool used while they did.</summary>
internal sealed record PagesResult(
    IReadOnlyList<PageVisit> Visits,
    TimeSpan Measured,
    DateTimeOffset From,
    DateTimeOffset To,
    TimeSpan AppCpu,
    TimeSpan ToolCpu,
    double MachineBusy,
    (double PeakMegabytes, double Megabytes, TimeSpan Cpu) Usage);

internal static class PagesRun
{
    /// <summary>
    /// Every member loops over the pages, one request at a time, looking at each page for a while (half to one and a
    /// half times the pause, at random) before the next: first the warm-up, then the measured time. A visit counts when
    /// it was sent inside the measured time, however long it then took.
    /// </summary>
    public static async Task<PagesResult> DriveAsync(PublishedApp app, IReadOnlyList<PageMember> members, PagesOptions options)
    {
        var visits = new ConcurrentBag<PageVisit>();
        var clock = Stopwatch.StartNew();
        var end = PagesOptions.WarmUp + options.Measured;
        var atStart = StartOfMeasurementAsync(app, clock);
        await Task.WhenAll(members.Select((member, index) => Task.Run(async () =>
        {
            var reading = new Random(index);
            while (true)
            {
                foreach (var page in MemberPage.All)
                {
                    if (clock.Elapsed >= end)
                    {
                        return;
                    }

                    var visit = await member.VisitAsync(page, clock);
                    if (visit.SentAt >= PagesOptions.WarmUp)
                    {
                        visits.Add(visit);
                    }

                    await Task.Delay(options.Pause * (0.5 + reading.NextDouble()));
                }
            }
        })));

        var measured = clock.Elapsed;
        var usage = app.Usage();
        var toolCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var machine = MachineLoad.Now();
        var (startedAt, wall, appCpu, toolCpuAtStart, machineAtStart) = await atStart;
        return new PagesResult(
            [.. visits], measured - startedAt, wall, DateTimeOffset.UtcNow, usage.Cpu - appCpu, toolCpu - toolCpuAtStart, machine.BusySince(machineAtStart), usage);
    }

    private static async Task<(TimeSpan At, DateTimeOffset Wall, TimeSpan AppCpu, TimeSpan ToolCpu, MachineLoad Machine)> StartOfMeasurementAsync(PublishedApp app, Stopwatch clock)
    {
        await Task.Delay(PagesOptions.WarmUp - clock.Elapsed);
        return (clock.Elapsed, DateTimeOffset.UtcNow, app.Usage().Cpu, Process.GetCurrentProcess().TotalProcessorTime, MachineLoad.Now());
    }
}

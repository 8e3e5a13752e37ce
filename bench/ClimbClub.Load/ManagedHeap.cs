using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace ClimbClub.Load;

/// <summary>
/// The app's managed heap, read through the runtime's diagnostics port as dotnet-gcdump reads it: a trace session
/// with the GC heap collection keyword makes the runtime run a full blocking collection, and the GC's statistics
/// event after it tells how many bytes of every generation survived it: the live objects, without the free space
/// between them.
/// </summary>
internal static class ManagedHeap
{
    private const long GcHeapCollect = 0x800000;

    /// <summary>Bytes of live objects in the GC heap, counted by a full collection.</summary>
    public static async Task<long> AfterFullCollectionAsync(int processId, CancellationToken cancellationToken)
    {
        var client = new DiagnosticsClient(processId);
        var provider = new EventPipeProvider(
            ClrTraceEventParser.ProviderName, EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC | GcHeapCollect);
        using var session = await client.StartEventPipeSessionAsync([provider], requestRundown: false, token: cancellationToken);
        using var source = new EventPipeEventSource(session.EventStream);
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullCollection = false;
        source.Clr.GCStart += e => fullCollection |= e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (fullCollection)
            {
                heap.TrySetResult(e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 + e.TotalPromotedSize4);
            }
        };
        var reading = Task.Run(source.Process, cancellationToken);
        try
        {
            return await heap.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await reading;
        }
    }
}

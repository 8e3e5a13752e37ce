using System.Collections.Concurrent;
using System.Net.Http.Json;

namespace ClimbClub.Load;

/// <summary>Reads /health twice a second, as a monitor would, and keeps every ranking run it sees (finish time, duration).</summary>
internal sealed class JobWatch : IAsyncDisposable
{
    private readonly HttpClient client;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<DateTimeOffset, int> runs = new();
    private readonly Task polling;

    public JobWatch(string baseUrl)
    {
        client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        polling = PollAsync();
    }

    /// <summary>Each ranking run seen: when it finished and how long it took (ms).</summary>
    public IReadOnlyDictionary<DateTimeOffset, int> Runs => runs;

    /// <summary>Waits until a ranking run has finished after <paramref name="moment"/>: the boards then hold every earlier write.</summary>
    public async Task WaitForRunAfterAsync(DateTimeOffset moment, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (!runs.Keys.Any(finished => finished > moment))
        {
            if (polling.IsFaulted)
            {
                await polling;
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await polling;
        }
        catch (OperationCanceledException)
        {
        }

        client.Dispose();
        stop.Dispose();
    }

    private async Task PollAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var health = await client.GetFromJsonAsync<Health>("/health", stop.Token);
            if (health?.LastRankingRun is { } run)
            {
                runs.TryAdd(run.FinishedAt, run.Milliseconds);
            }

            await Task.Delay(500, stop.Token);
        }
    }

    private sealed record Health(string Status, RankingRun? LastRankingRun);

    private sealed record RankingRun(DateTimeOffset FinishedAt, int Milliseconds);
}

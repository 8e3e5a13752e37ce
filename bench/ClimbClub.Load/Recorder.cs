using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClimbClub.Load;

/// <summary>How long each kind of member action took, and which ones failed (with the first few reasons).</summary>
internal sealed class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> durations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> failures = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> reasons = new();

    public IEnumerable<string> Actions => durations.Keys.Union(failures.Keys).Order(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Reasons => reasons;

    /// <summary>Runs and times one action; false (and counted as an error) when it throws or times out.</summary>
    public async Task<bool> TimeAsync(string action, Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await run();
            durations.GetOrAdd(action, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or Microsoft.Playwright.PlaywrightException)
        {
            Fail(action, e.Message);
            return false;
        }
    }

    public void Fail(string action, string reason)
    {
        failures.AddOrUpdate(action, 1, (_, n) => n + 1);
        if (reasons.Count < 10)
        {
            reasons.Enqueue($"{action}: {reason.Split('\n')[0]}");
        }
    }

    public IReadOnlyList<double> Durations(string? action) =>
        [.. (action is null ? durations.Values.SelectMany(d => d) : durations.GetValueOrDefault(action) ?? []).Order()];

    public int Failures(string? action) => action is null ? failures.Values.Sum() : failures.GetValueOrDefault(action);
}

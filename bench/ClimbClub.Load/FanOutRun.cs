using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Diagnostics.NETCore.Client;

namespace ClimbClub.Load;

/// <summary>
/// The measuring part of the fan-out run, on an app that is up: members sign in, circuits open, memory is read with
/// none and with all of them idle, then each round changes the board and times its arrival in every circuit.
/// </summary>
internal sealed class FanOutRun(PublishedApp app, JobWatch watch, BoardChange change, FanOutOptions options, TextWriter log)
{
    private const int WarmUpCircuits = 10;
    private const int OpeningAtOnce = 8;
    private static readonly TimeSpan OpenPatience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan JobPatience = TimeSpan.FromMinutes(3);

    private readonly CircuitLog circuitLog = new();
    private readonly ConcurrentQueue<DateTimeOffset> jobLogged = new();
    private readonly Uri baseUri = new(app.BaseUrl + "/");

    public async Task<FanOutFigures> MeasureAsync(CancellationToken cancellationToken)
    {
        app.LineRead += NoteJobLogged;
        try
        {
            return await MeasureOnAsync(cancellationToken);
        }
        finally
        {
            app.LineRead -= NoteJobLogged;
        }
    }

    private async Task<FanOutFigures> MeasureOnAsync(CancellationToken cancellationToken)
    {
        log.WriteLine("Waiting for the ranking job's first run (it catches up the days since the club was made) ...");
        await watch.WaitForRunAfterAsync(DateTimeOffset.MinValue, JobPatience);

        log.WriteLine($"Signing in {options.Members} members ...");
        var members = await SignInAsync(cancellationToken);
        List<LeaderboardCircuit> circuits = [];
        try
        {
            // Circuits opened and closed first, so that the memory without circuits already holds the code and
            // caches that only the first circuit pays for.
            (circuits, _) = await OpenAsync(members, Math.Min(WarmUpCircuits, options.Circuits), cancellationToken);
            await watch.WaitForRunAfterAsync(DateTimeOffset.UtcNow, JobPatience);
            await CloseAsync(circuits);
            var without = await MemoryAsync(cancellationToken);
            log.WriteLine($"Memory without circuits: {without}");

            log.WriteLine($"Opening {options.Circuits} leaderboard circuits ...");
            var opening = Stopwatch.StartNew();
            (circuits, var failedToOpen) = await OpenAsync(members, options.Circuits, cancellationToken);
            var openTime = opening.Elapsed;
            log.WriteLine($"{circuits.Count} circuits open in {openTime.TotalSeconds:0.0} s ({failedToOpen} failed); letting them settle ...");
            await watch.WaitForRunAfterAsync(DateTimeOffset.UtcNow, JobPatience);
            var with = await MemoryAsync(cancellationToken);
            log.WriteLine($"Memory with {circuits.Count} idle circuits: {with}");

            var rounds = new List<FanOutRound>();
            for (var number = 1; number <= options.Rounds; number++)
            {
                var round = await RoundAsync(number, circuits, cancellationToken);
                log.WriteLine($"  {round}");
                rounds.Add(round);
            }

            var (open, failedLater, batches) = (circuits.Count, circuits.Count(c => c.Failure is not null), circuits.Sum(c => c.Batches));
            await CloseAsync(circuits);

            // What the app logs about the pages closing counts too.
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            return new FanOutFigures(
                options, open, failedToOpen, openTime, rounds, without, with, failedLater, [.. circuitLog.Failures], circuitLog.JsCalls, batches,
                app.Errors, app.Warnings, app.Usage(), app.Running);
        }
        finally
        {
            await CloseAsync(circuits);
            foreach (var member in members)
            {
                member.Dispose();
            }
        }
    }

    /// <summary>
    /// One board change: right after a ranking run, a session for a member nobody signed in as, so that the member's
    /// name reaches the circuits only with the board the next run makes; then the wait until every circuit has it.
    /// </summary>
    private async Task<FanOutRound> RoundAsync(int number, List<LeaderboardCircuit> circuits, CancellationToken cancellationToken)
    {
        var email = BigClub.Email(FanOutOptions.BigClubSize + 1 - number);
        var name = await change.DisplayNameAsync(email, cancellationToken);
        await watch.WaitForRunAfterAsync(DateTimeOffset.UtcNow, JobPatience);

        var arrivals = circuits.Select(c => c.Expect(name)).ToArray();
        var written = DateTimeOffset.UtcNow;
        await change.LogSessionAsync(email, cancellationToken);
        await Task.WhenAny(Task.WhenAll(arrivals), Task.Delay(options.RefreshInterval + JobPatience, cancellationToken));

        var arrived = arrivals.Where(a => a.IsCompletedSuccessfully).Select(a => a.Result).Order().ToList();
        if (arrived.Count == 0)
        {
            return new FanOutRound(number, name, 0, circuits.Count, null, null, null, null);
        }

        if (await CarryingRunAsync(written, arrived[0]) is not var (finishedAt, jobMilliseconds))
        {
            circuitLog.Failures.Enqueue($"round {number}: /health showed no ranking run between the write and the first update");
            return new FanOutRound(number, name, arrived.Count, circuits.Count - arrived.Count, null, null, null, null);
        }

        var logged = await LoggedAfterAsync(finishedAt);
        return new FanOutRound(
            number, name, arrived.Count, circuits.Count - arrived.Count,
            (arrived[0] - finishedAt).TotalMilliseconds, (arrived[^1] - finishedAt).TotalMilliseconds, jobMilliseconds,
            (logged - finishedAt)?.TotalMilliseconds);
    }

    /// <summary>When the job's log line for the run that finished at <paramref name="finishedAt"/> arrived, if it did.</summary>
    private async Task<DateTimeOffset?> LoggedAfterAsync(DateTimeOffset finishedAt)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            if (jobLogged.Where(t => t > finishedAt).Order().FirstOrDefault() is var logged && logged != default)
            {
                return logged;
            }

            await Task.Delay(100);
        }

        return null;
    }

    // The job logs each run once it has saved the boards and told the open pages.
    private void NoteJobLogged(string line)
    {
        if (line.Contains("Rankings refreshed:", StringComparison.Ordinal))
        {
            jobLogged.Enqueue(DateTimeOffset.UtcNow);
        }
    }

    /// <summary>
    /// The ranking run that made the new board: the last one to finish after the write and before the first circuit
    /// had the board. /health is read twice a second, so it may take a moment to be seen.
    /// </summary>
    private async Task<(DateTimeOffset FinishedAt, int Milliseconds)?> CarryingRunAsync(DateTimeOffset written, DateTimeOffset firstArrival)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var runs = watch.Runs.Where(r => r.Key > written && r.Key <= firstArrival).ToList();
            if (runs.Count > 0)
            {
                var run = runs.MaxBy(r => r.Key);
                return (run.Key, run.Value);
            }

            await Task.Delay(100);
        }

        return null;
    }

    private async Task<List<SignedInMember>> SignInAsync(CancellationToken cancellationToken)
    {
        var members = new SignedInMember[options.Members];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, options.Members),
            new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (i, token) => members[i] = await SignedInMember.SignInAsync(baseUri, BigClub.Email(i + 1), BigClub.MemberPassword, token));
        return [.. members];
    }

    /// <summary>Opens <paramref name="count"/> circuits, a few at a time, the members taking turns.</summary>
    private async Task<(List<LeaderboardCircuit> Open, int Failed)> OpenAsync(List<SignedInMember> members, int count, CancellationToken cancellationToken)
    {
        var circuits = new LeaderboardCircuit?[count];
        var failed = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = OpeningAtOnce, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                try
                {
                    circuits[i] = await LeaderboardCircuit.OpenAsync(members[i % members.Count], circuitLog, OpenPatience, token);
                }
                catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or WebSocketException or IOException or HubException or OperationCanceledException)
                {
                    circuitLog.Failures.Enqueue($"{members[i % members.Count].Email}: the circuit did not open: {ex.Message}");
                    Interlocked.Increment(ref failed);
                }
            });
        return ([.. circuits.OfType<LeaderboardCircuit>()], failed);
    }

    private static async Task CloseAsync(List<LeaderboardCircuit> circuits)
    {
        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }

        circuits.Clear();
    }

    /// <summary>
    /// The app's memory once it is quiet: right after a ranking run (every circuit has re-rendered its board), the
    /// managed heap after a full collection, then the resident set.
    /// </summary>
    private async Task<MemorySample> MemoryAsync(CancellationToken cancellationToken)
    {
        await watch.WaitForRunAfterAsync(DateTimeOffset.UtcNow, JobPatience);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        long? heap = null;
        try
        {
            heap = await ManagedHeap.AfterFullCollectionAsync(app.ProcessId, cancellationToken);
        }
        catch (Exception ex) when (ex is DiagnosticsClientException or TimeoutException)
        {
            log.WriteLine($"The managed heap could not be read: {ex.Message}");
        }

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return new MemorySample(app.Usage().Megabytes, heap);
    }
}

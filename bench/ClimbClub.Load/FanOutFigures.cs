using System.Globalization;

namespace ClimbClub.Load;

/// <summary>One board change: how many circuits had it, and when the first and the last did, after the job finished.</summary>
/// <remarks>
/// The job stamps its finish (in /health) before it saves the boards; <see cref="LoggedMilliseconds"/> is when its
/// log line, written after the save, came.
/// </remarks>
internal sealed record FanOutRound(
    int Number, string Member, int Updated, int Missed, double? FirstMilliseconds, double? LastMilliseconds, int? JobMilliseconds, double? LoggedMilliseconds)
{
    public override string ToString() => LastMilliseconds is null
        ? $"round {Number}: {Member}'s session reached no circuit"
        : string.Create(CultureInfo.InvariantCulture, $"round {Number}: {Member}'s session on {Updated} circuits, first {FirstMilliseconds:0} ms and last {LastMilliseconds:0} ms after the job finished ({JobMilliseconds} ms run, logged {LoggedMilliseconds:0} ms after its finish), {Missed} missed");
}

/// <summary>The app's resident memory (MB) and, where it could be read, the live objects in its managed heap (bytes).</summary>
internal sealed record MemorySample(double RssMegabytes, long? HeapBytes)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"RSS {RssMegabytes:0.0} MB, live GC heap {(HeapBytes is { } heap ? $"{heap / 1048576.0:0.0} MB" : "not read")}");
}

/// <summary>The fan-out run's figures against the targets, and whether it passed.</summary>
internal sealed record FanOutFigures(
    FanOutOptions Options,
    int Circuits,
    int FailedToOpen,
    TimeSpan OpenTime,
    IReadOnlyList<FanOutRound> Rounds,
    MemorySample Without,
    MemorySample With,
    int CircuitsFailed,
    IReadOnlyList<string> Failures,
    IReadOnlyDictionary<string, int> JsCalls,
    int Batches,
    IReadOnlyList<string> AppErrors,
    IReadOnlyList<string> AppWarnings,
    (double PeakMegabytes, double Megabytes, TimeSpan Cpu) Usage,
    TimeSpan AppRunning)
{
    private const double FanOutTargetMilliseconds = 1000;
    private const double MemoryTargetKilobytes = 300;

    public int Missed => Rounds.Sum(r => r.Missed);

    public bool Passed => Circuits == Options.Circuits && Failures.Count == 0 && Missed == 0 && AppErrors.Count == 0;

    private double RssPerCircuitKilobytes => (With.RssMegabytes - Without.RssMegabytes) * 1024 / Math.Max(1, Circuits);

    private double? HeapPerCircuitKilobytes => With.HeapBytes - Without.HeapBytes is { } grown ? grown / 1024.0 / Math.Max(1, Circuits) : null;

    public void Print(TextWriter o)
    {
        var last = Rounds.Where(r => r.LastMilliseconds is not null).Select(r => r.LastMilliseconds!.Value).Order().ToList();
        var first = Rounds.Where(r => r.FirstMilliseconds is not null).Select(r => r.FirstMilliseconds!.Value).Order().ToList();
        var jobs = Rounds.Where(r => r.JobMilliseconds is not null).Select(r => (double)r.JobMilliseconds!.Value).Order().ToList();
        var saves = Rounds.Where(r => r.LoggedMilliseconds is not null).Select(r => r.LoggedMilliseconds!.Value).Order().ToList();
        var spread = Rounds.Where(r => r.LastMilliseconds is not null).Select(r => r.LastMilliseconds!.Value - r.FirstMilliseconds!.Value).Order().ToList();
        var fanOutMet = Missed == 0 && last.Count == Rounds.Count && last[^1] <= FanOutTargetMilliseconds;
        var memoryMet = RssPerCircuitKilobytes < MemoryTargetKilobytes;

        o.WriteLine();
        o.WriteLine(Invariant($"ClimbClub live fan-out: {Options.Circuits} leaderboard circuits on the {FanOutOptions.BigClubSize:N0}-member club ({Options.Members} members signed in), {Options.Rounds} rounds of a board change, ranking job every {Options.RefreshInterval.TotalSeconds:0} s"));
        o.WriteLine(Invariant($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; circuits held by this tool over WebSockets (blazorpack), no browser"));
        o.WriteLine();
        o.WriteLine("time from the job's finish to the last circuit updated");
        o.WriteLine(Invariant($"{"circuits",10}{"rounds",8}{"p50 ms",9}{"p95 ms",9}{"max ms",9}{"missed",8}"));
        o.WriteLine(Invariant($"{Circuits,10}{Rounds.Count,8}{Percentile(last, 0.50),9:0}{Percentile(last, 0.95),9:0}{Max(last),9:0}{Missed,8}"));
        o.WriteLine();
        o.WriteLine(Invariant($"first circuit updated   p50 {Percentile(first, 0.50):0} ms, max {Max(first):0} ms after the job's finish; first to last circuit p50 {Percentile(spread, 0.50):0} ms, max {Max(spread):0} ms"));
        o.WriteLine(Invariant($"ranking job             runs took p50 {Percentile(jobs, 0.50):0} ms, max {Max(jobs):0} ms until their finish; their log line (boards saved, every page told) came p50 {Percentile(saves, 0.50):0} ms, max {Max(saves):0} ms later"));
        o.WriteLine(Invariant($"circuits                {Circuits} open in {OpenTime.TotalSeconds:0.0} s, {FailedToOpen} failed to open, {CircuitsFailed} failed later; {Batches:N0} render batches acknowledged"));
        o.WriteLine(Invariant($"JS calls answered       {(JsCalls.Count == 0 ? "none" : string.Join(", ", JsCalls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} x{c.Value}")))}"));
        o.WriteLine(Invariant($"memory, no circuits     {Without}"));
        o.WriteLine(Invariant($"{$"memory, {Circuits} idle",-24}{With}"));
        o.WriteLine(Invariant($"memory per circuit      {RssPerCircuitKilobytes:0} KB of RSS, {(HeapPerCircuitKilobytes is { } heap ? $"{heap:0} KB of live GC heap" : "live GC heap not read")}"));
        o.WriteLine(Invariant($"app process             peak {Usage.PeakMegabytes:0} MB, now {Usage.Megabytes:0} MB, CPU {Usage.Cpu.TotalSeconds:0.0} s over {AppRunning.TotalSeconds:0} s"));
        o.WriteLine(Invariant($"errors                  {Failures.Count} circuit failures, {AppErrors.Count} logged by the app ({AppWarnings.Count} warnings)"));
        foreach (var line in Failures.Concat(AppErrors).Concat(AppWarnings).Take(10))
        {
            o.WriteLine($"  {line}");
        }

        o.WriteLine();
        o.WriteLine(Invariant($"{Circuits} circuits all updated within 1 s of the job finishing: max {Max(last):0} ms, {Missed} missed  => {(fanOutMet ? "met" : "missed")}"));
        o.WriteLine(Invariant($"under 300 KB of server memory per idle circuit: {RssPerCircuitKilobytes:0} KB (RSS)  => {(memoryMet ? "met" : "missed")}"));
        o.WriteLine(Passed ? "=> PASSED (no failed circuit, no missed update, no app error)" : "=> FAILED");
    }

    private static double Max(List<double> sorted) => sorted.Count == 0 ? double.NaN : sorted[^1];

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

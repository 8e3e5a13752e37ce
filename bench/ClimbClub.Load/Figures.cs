using System.Globalization;

namespace ClimbClub.Load;

/// <summary>The run's figures, and whether it passed: no errors anywhere, no lost write, boards and screens caught up.</summary>
internal sealed record Figures(
    LoadResult Result,
    int StoredSessions,
    int LostWrites,
    long SessionsOnBoards,
    int ScreensRight,
    (double PeakMegabytes, double Megabytes, TimeSpan Cpu) Usage,
    TimeSpan AppRunning,
    IReadOnlyList<string> AppErrors,
    IReadOnlyList<string> AppWarnings)
{
    private static readonly string[] Order = [BrowserMembers.SignIn, BrowserMembers.OpenForm, BrowserMembers.Fill, BrowserMembers.Save, BrowserMembers.OpenBoard];

    /// <summary>Every member action the browsers finished or gave up on: each one is a page load or a circuit round trip.</summary>
    public int Actions => Result.Recorder.Durations(null).Count + Errors;

    public int Errors => Result.Recorder.Failures(null) + Result.Traffic.PageErrors + AppErrors.Count;

    public bool Passed =>
        Errors == 0 && LostWrites == 0 && Result.Acknowledged.Count > 0
        && SessionsOnBoards == StoredSessions && ScreensRight == Result.Screens.Count;

    public void Print(TextWriter o, LoadOptions options)
    {
        var recorder = Result.Recorder;
        o.WriteLine();
        o.WriteLine(Invariant($"ClimbClub load test: {options.Members} members logging {options.Sessions} sessions each at once, {options.Screens} gym screens and {options.Boards} leaderboards open, ranking job every {options.RefreshInterval.TotalSeconds:0} s"));
        o.WriteLine(Invariant($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; members drive real Chromium pages on the same machine"));
        o.WriteLine();
        o.WriteLine(Invariant($"{"action",-22}{"done",8}{"errors",8}{"p50 ms",9}{"p95 ms",9}{"max ms",9}"));
        foreach (var action in Order.Where(a => recorder.Actions.Contains(a)).Append(null))
        {
            var durations = recorder.Durations(action);
            o.WriteLine(Invariant($"{action ?? "all actions",-22}{durations.Count,8}{recorder.Failures(action),8}{Percentile(durations, 0.50),9:0}{Percentile(durations, 0.95),9:0}{(durations.Count > 0 ? durations[^1] : 0),9:0}"));
        }

        var runs = Result.RankingRuns.Values.Order().ToList();
        o.WriteLine();
        o.WriteLine(Invariant($"run time                {Result.Elapsed.TotalSeconds:0.0} s; {Result.Traffic.Requests} HTTP requests and {Result.Traffic.CircuitMessages} circuit messages sent by the browsers"));
        o.WriteLine(Invariant($"writes                  {Result.Acknowledged.Count} sessions acknowledged, {StoredSessions} in the database, {LostWrites} lost"));
        o.WriteLine(Invariant($"ranking job             {runs.Count} runs seen, p50 {Percentile(runs, 0.5):0} ms, max {(runs.Count > 0 ? runs[^1] : 0)} ms; boards count {SessionsOnBoards} of {StoredSessions} sessions"));
        o.WriteLine(Invariant($"gym screens             {ScreensRight} of {Result.Screens.Count} show the final all-time board; re-renders seen: {string.Join(", ", Result.Screens.Select(s => s.Updates))}"));
        o.WriteLine(Invariant($"app process             peak {Usage.PeakMegabytes:0} MB, now {Usage.Megabytes:0} MB, CPU {Usage.Cpu.TotalSeconds:0.0} s over {AppRunning.TotalSeconds:0} s ({Usage.Cpu / (AppRunning * Environment.ProcessorCount):P0} of the machine; the browsers had the rest)"));
        o.WriteLine(Invariant($"errors                  {recorder.Failures(null)} failed actions, {Result.Traffic.PageErrors} browser errors, {AppErrors.Count} logged by the app ({AppWarnings.Count} warnings)"));
        foreach (var line in recorder.Reasons.Concat(AppErrors).Concat(AppWarnings).Take(10))
        {
            o.WriteLine($"  {line}");
        }

        o.WriteLine();
        o.WriteLine(Invariant($"requests done: {Actions}, errors: {Errors}, lost writes: {LostWrites}, p95: {Percentile(recorder.Durations(null), 0.95):0} ms  => {(Passed ? "PASSED" : "FAILED")}"));
    }

    private static double Percentile<T>(IReadOnlyList<T> sorted, double share)
        where T : IConvertible =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)].ToDouble(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace ClimbClub.Load;

/// <summary>The pages run's table, the app's share of the machine, and the verdict against the target.</summary>
internal sealed record PagesFigures(
    PagesResult Result,
    TimeSpan SignIn,
    IReadOnlyDictionary<DateTimeOffset, int> RankingRuns,
    IReadOnlyList<string> AppErrors,
    IReadOnlyList<string> AppWarnings)
{
    /// <summary>The target: each page's p95 render time, from send to last byte on loopback.</summary>
    public const double TargetMilliseconds = 50;

    public int Errors => Result.Visits.Count(v => !v.Carried) + AppErrors.Count;

    public bool Passed => Errors == 0 && Result.Visits.Count > 0;

    public bool Met => Passed && MemberPage.All.All(page => P95(page) < TargetMilliseconds);

    public void Print(TextWriter o, PagesOptions options)
    {
        var seconds = Result.Measured.TotalSeconds;
        o.WriteLine();
        o.WriteLine(Invariant($"ClimbClub pages: {options.Clients} signed-in members at once on the {PagesOptions.ClubMembers:N0}-member club, {options.Measured.TotalSeconds:0} s measured after {PagesOptions.WarmUp.TotalSeconds:0} s warm-up, one request at a time each, {(options.Pause > TimeSpan.Zero ? $"{options.Pause.TotalMilliseconds:0} ms on a page on average" : "without pause")}"));
        o.WriteLine(Invariant($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; the clients run on the same machine"));
        o.WriteLine();
        o.WriteLine(Invariant($"{"page",-20}{"requests",9}{"errors",8}{"p50 ms",9}{"p95 ms",9}{"max ms",9}{"KB",8}{"rows",7}"));
        foreach (var page in MemberPage.All.Append(null))
        {
            var visits = Result.Visits.Where(v => page is null || v.Page == page).ToList();
            var good = visits.Where(v => v.Carried).ToList();
            var times = Sorted(good);
            o.WriteLine(Invariant($"{page?.Name ?? "all pages",-20}{visits.Count,9}{visits.Count - good.Count,8}{Percentile.Of(times, 0.5),9:0}{Percentile.Of(times, 0.95),9:0}{(times.Count > 0 ? times[^1] : 0),9:0}{(good.Count > 0 ? good.Average(v => v.Bytes) / 1024 : 0),8:0}{(good.Count > 0 ? good.Average(v => v.BoardRows) : 0),7:0}"));
        }

        var overlapped = RankingRuns.Where(r => r.Key > Result.From && r.Key.AddMilliseconds(-r.Value) < Result.To).Select(r => r.Value).Order().ToList();
        var machine = Result.Measured * Environment.ProcessorCount;
        o.WriteLine();
        o.WriteLine(Invariant($"throughput              {Result.Visits.Count / seconds:0.0} requests/s ({Result.Visits.Count} in {seconds:0.0} s, {Result.Visits.Count(v => v.Carried)} of them carried their page)"));
        o.WriteLine(Invariant($"sign-in                 {SignIn.TotalSeconds:0.0} s for all {options.Clients} clients through the sign-in form at once"));
        o.WriteLine(Invariant($"ranking job             {overlapped.Count} runs overlapped the measurement{(overlapped.Count > 0 ? $" ({string.Join(", ", overlapped)} ms)" : "")} (the app's own interval; its start-up run ended before the warm-up)"));
        o.WriteLine(Invariant($"app process             CPU {Result.AppCpu.TotalSeconds:0.0} s in {seconds:0.0} s ({Result.AppCpu / machine:P0} of the machine, {Result.AppCpu.TotalMilliseconds / Math.Max(1, Result.Visits.Count):0} ms a request), peak {Result.Usage.PeakMegabytes:0} MB, now {Result.Usage.Megabytes:0} MB"));
        o.WriteLine(Invariant($"clients (this tool)     CPU {Result.ToolCpu.TotalSeconds:0.0} s ({Result.ToolCpu / machine:P0} of the machine)"));
        o.WriteLine(Invariant($"machine                 {Result.MachineBusy:P0} busy; other processes took {Math.Max(0, Result.MachineBusy - (Result.AppCpu + Result.ToolCpu) / machine):P0}"));
        o.WriteLine(Invariant($"errors                  {Result.Visits.Count(v => !v.Carried)} failed requests, {AppErrors.Count} logged by the app ({AppWarnings.Count} warnings)"));
        foreach (var line in Result.Visits.Select(v => v.Failure).OfType<string>().Distinct().Take(5).Concat(AppErrors).Concat(AppWarnings).Take(10))
        {
            o.WriteLine($"  {line}");
        }

        var over = MemberPage.All.Where(page => P95(page) >= TargetMilliseconds).Select(page => Invariant($"{page.Name} {P95(page):0} ms")).ToList();
        o.WriteLine();
        o.WriteLine(Invariant($"target: every page's p95 under {TargetMilliseconds:0} ms at {options.Clients} clients, no errors  => {(Met ? "met" : "missed")}{(over.Count > 0 ? $" ({string.Join(", ", over)})" : "")}"));
    }

    private double P95(MemberPage page) => Percentile.Of(Sorted(Result.Visits.Where(v => v.Page == page && v.Carried)), 0.95);

    private static List<double> Sorted(IEnumerable<PageVisit> visits) => [.. visits.Select(v => v.Milliseconds).Order()];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

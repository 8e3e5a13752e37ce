namespace ClimbClub.Load;

/// <summary>The tool's verbs: <c>pages</c>, <c>startup</c> and <c>fanout</c> run a benchmark each; no verb runs the load test.</summary>
internal static class Verbs
{
    public static Task<int> Main(string[] args) => args switch
    {
        ["pages", .. var rest] => PagesBenchmark.RunAsync(rest),
        ["startup", .. var rest] => StartupBenchmark.RunAsync(rest),
        ["fanout", .. var rest] => FanOutTest.RunAsync(rest),
        _ => LoadTest.RunAsync(args),
    };
}

namespace ClimbClub.Load;

/// <summary>The tool's verbs: <c>fanout</c> runs the live fan-out benchmark; no verb runs the load test.</summary>
internal static class Verbs
{
    public static Task<int> Main(string[] args) =>
        args is ["fanout", .. var rest] ? FanOutTest.RunAsync(rest) : LoadTest.RunAsync(args);
}

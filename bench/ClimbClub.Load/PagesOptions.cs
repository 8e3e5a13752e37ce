using System.Globalization;

namespace ClimbClub.Load;

/// <summary>
/// How many members read pages at once, for how long they are measured, and how long a member looks at a page before
/// opening the next (on average; 0: no pause, the app's throughput).
/// </summary>
internal sealed record PagesOptions(int Clients, TimeSpan Measured, TimeSpan Pause)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/ClimbClub.Load -- pages [--clients 50] [--seconds 30] [--pause-ms 1000]";

    /// <summary>Unmeasured time before the measurement, with the same traffic: the app's first requests JIT and fill caches.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>The members the synthetic club has: no more clients than that can sign in as different members.</summary>
    public const int ClubMembers = 10_000;

    public static PagesOptions? Parse(string[] args)
    {
        var options = new PagesOptions(50, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }

            options = args[i] switch
            {
                "--clients" when value is > 0 and < ClubMembers => options with { Clients = value },
                "--seconds" when value > 0 => options with { Measured = TimeSpan.FromSeconds(value) },
                "--pause-ms" => options with { Pause = TimeSpan.FromMilliseconds(value) },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}

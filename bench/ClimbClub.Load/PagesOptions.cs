using System.Globalization;

namespace ClimbClub.Load;

/// <summary>How many members read pages at once, and for how long they are measured.</summary>
internal sealed record PagesOptions(int Clients, TimeSpan Measured)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/ClimbClub.Load -- pages [--clients 50] [--seconds 30]";

    /// <summary>Unmeasured time before the measurement, with the same traffic: the app's first requests JIT and fill caches.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>The members the synthetic club has: no more clients than that can sign in as different members.</summary>
    public const int ClubMembers = 10_000;

    public static PagesOptions? Parse(string[] args)
    {
        var options = new PagesOptions(50, TimeSpan.FromSeconds(30));
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return null;
            }

            options = args[i] switch
            {
                "--clients" when value < ClubMembers => options with { Clients = value },
                "--seconds" => options with { Measured = TimeSpan.FromSeconds(value) },
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

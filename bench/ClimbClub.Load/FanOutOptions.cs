using System.Globalization;

namespace ClimbClub.Load;

/// <summary>
/// How big the fan-out run is: open leaderboard circuits, board changes measured, members signed in (each one's
/// cookie shared by several circuits), the ranking job's interval.
/// </summary>
internal sealed record FanOutOptions(int Circuits, int Rounds, int Members, TimeSpan RefreshInterval, bool Keep)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/ClimbClub.Load -- fanout [--circuits 500] [--rounds 5] [--members 40] [--refresh-seconds 5] [--keep]";

    /// <summary>The synthetic club the run opens its boards on.</summary>
    public const int BigClubSize = 10_000;

    /// <summary>Each round logs a session for a member of its own, from the end of the club: none of them signs in.</summary>
    public const int MaxRounds = 100;

    public static FanOutOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new FanOutOptions(500, 5, 40, TimeSpan.FromSeconds(5), false);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--keep")
            {
                options = options with { Keep = true };
                continue;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return null;
            }

            i++;
            options = args[i - 1] switch
            {
                "--circuits" => options with { Circuits = value },
                "--rounds" => options with { Rounds = value },
                "--members" when value <= BigClubSize - MaxRounds => options with { Members = value },
                "--refresh-seconds" => options with { RefreshInterval = TimeSpan.FromSeconds(value) },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options.Rounds <= MaxRounds ? options : null;
    }
}

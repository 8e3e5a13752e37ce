using System.Globalization;

namespace ClimbClub.Load;

/// <summary>How big the run is: members at once, sessions each, open screens and boards, the ranking job's interval.</summary>
internal sealed record LoadOptions(int Members, int Sessions, int Screens, int Boards, TimeSpan RefreshInterval, bool Keep)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/ClimbClub.Load -- [--members 10] [--sessions 10] [--screens 2] [--boards 2] [--refresh-seconds 2] [--keep]";

    public static LoadOptions? Parse(string[] args)
    {
        var options = new LoadOptions(10, 10, 2, 2, TimeSpan.FromSeconds(2), false);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep")
            {
                options = options with { Keep = true };
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }

            i++;
            options = args[i - 1] switch
            {
                "--members" when value > 0 => options with { Members = value },
                "--sessions" when value > 0 => options with { Sessions = value },
                "--screens" => options with { Screens = value },
                "--boards" => options with { Boards = value },
                "--refresh-seconds" when value > 0 => options with { RefreshInterval = TimeSpan.FromSeconds(value) },
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

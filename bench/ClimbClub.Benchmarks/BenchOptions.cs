using System.Globalization;

namespace ClimbClub.Benchmarks;

/// <summary>
/// What to do ("ranking": make the clubs that are missing, then measure; "clubs": only make them), which clubs (members ×
/// weeks of history), how many measured runs each, and whether to make the clubs again.
/// </summary>
internal sealed record BenchOptions(string Verb, IReadOnlyList<int> Members, IReadOnlyList<int> Weeks, int Iterations, bool Fresh)
{
    public const string Ranking = "ranking";

    public const string Clubs = "clubs";

    public const string Usage =
        "usage: dotnet run -c Release --project bench/ClimbClub.Benchmarks -- ranking|clubs [--sizes 100,1000,10000] [--weeks 52,104] [--iterations 10] [--fresh]";

    public IEnumerable<ClubSize> Sizes => Members.SelectMany(members => Weeks.Select(weeks => new ClubSize(members, weeks)));

    /// <summary>The same options for another verb, as command-line arguments.</summary>
    public IEnumerable<string> ArgumentsFor(string verb) =>
        [verb, "--sizes", string.Join(',', Members), "--weeks", string.Join(',', Weeks), "--iterations", Iterations.ToString(CultureInfo.InvariantCulture), .. Fresh ? ["--fresh"] : Array.Empty<string>()];

    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not (Ranking or Clubs))
        {
            return null;
        }

        var options = new BenchOptions(args[0], [100, 1_000, 10_000], [52, 104], 10, false);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--fresh")
            {
                options = options with { Fresh = true };
                continue;
            }

            var values = i + 1 < args.Length ? Numbers(args[i + 1]) : null;
            if (values is null)
            {
                return null;
            }

            i++;
            options = args[i - 1] switch
            {
                "--sizes" => options with { Members = values },
                "--weeks" => options with { Weeks = values },
                "--iterations" when values.Count == 1 => options with { Iterations = values[0] },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }

    /// <summary>Positive whole numbers separated by commas ("100,1000" or "1_000"), or null.</summary>
    private static List<int>? Numbers(string text)
    {
        var numbers = new List<int>();
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                return null;
            }

            numbers.Add(number);
        }

        return numbers;
    }
}

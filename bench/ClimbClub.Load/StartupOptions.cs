using System.Globalization;

namespace ClimbClub.Load;

/// <summary>How many times the app is started on each database.</summary>
internal sealed record StartupOptions(int Runs)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/ClimbClub.Load -- startup [--runs 3]";

    /// <summary>The bigger database: the synthetic club of this many members.</summary>
    public const int ClubMembers = 10_000;

    public static StartupOptions? Parse(string[] args) => args switch
    {
        [] => new StartupOptions(3),
        ["--runs", var runs] when int.TryParse(runs, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 => new StartupOptions(value),
        _ => null,
    };
}

using System.Globalization;

namespace ClimbClub.Load;

/// <summary>
/// How busy the whole machine is, from /proc/stat: the share of all cores' time not idle between two readings. Beside
/// the app's own CPU share it shows what other work on the machine took.
/// </summary>
internal readonly record struct MachineLoad(long Busy, long Total)
{
    public static MachineLoad Now()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var total = ticks.Sum();

        // Fields 4 and 5 are idle and waiting for I/O.
        return new MachineLoad(total - ticks[3] - ticks[4], total);
    }

    /// <summary>The busy share of the machine from <paramref name="earlier"/> to this reading.</summary>
    public double BusySince(MachineLoad earlier) =>
        Total == earlier.Total ? 0 : (double)(Busy - earlier.Busy) / (Total - earlier.Total);
}

using System.Globalization;
using System.Runtime;

namespace ClimbClub.Benchmarks;

/// <summary>
/// The process's peak working set (resident set) since the last reset, from Linux's /proc: writing 5 to clear_refs
/// resets the high-water mark VmHWM to the current size. Null where /proc is not there.
/// </summary>
internal static class PeakMemory
{
    /// <summary>Gives the heap back to the OS, then starts a new high-water mark from what is left.</summary>
    public static void Reset()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then counts from the start of the process.
        }
    }

    /// <summary>The peak working set in bytes since <see cref="Reset"/>.</summary>
    public static long? Peak()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static string Megabytes(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1048576.0:N1} MB") : "n/a";
}

namespace ClimbClub.Load;

/// <summary>Nearest-rank percentiles: the figure is always one that was measured, never an interpolation.</summary>
internal static class Percentile
{
    /// <summary>The value at <paramref name="share"/> (0.95 for p95) of <paramref name="sorted"/>, ascending; 0 when empty.</summary>
    public static double Of(IReadOnlyList<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static double Median(IEnumerable<double> values) => Of([.. values.Order()], 0.5);
}

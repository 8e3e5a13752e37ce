namespace ClimbClub.Benchmarks;

/// <summary>
/// The app's clock during a benchmark: it stands still at the moment it is set to, so every run sees the same club date.
/// Elapsed-time measurement (timestamps, timers) stays real.
/// </summary>
internal sealed class ClubClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Noon UTC of <paramref name="date"/>: the same club date in every time zone within 11 hours of UTC (21:00 in Seoul).</summary>
    public static DateTimeOffset MomentOn(DateOnly date) => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

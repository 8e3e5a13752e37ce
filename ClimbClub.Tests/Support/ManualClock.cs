using System.Diagnostics;

namespace ClimbClub.Tests.Support;

/// <summary>
/// A clock tests move by hand: code codes expire, cooldowns pass and lockouts end without waiting. A running one also
/// moves on with real time from where it was set, so the app's scheduled jobs (Quartz reads this clock) keep firing.
/// </summary>
public sealed class ManualClock(DateTimeOffset start, bool running = false) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return running ? now + Stopwatch.GetElapsedTime(startedAt) : now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}

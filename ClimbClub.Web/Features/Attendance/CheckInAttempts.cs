using ClimbClub.Web.Features.Security;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Attendance;

/// <summary>
/// How many check-in codes each member has tried in the last minute. The check-in page calls the service over its
/// circuit, not in an HTTP request, so the limit lives here, keyed by member, on the app's clock.
/// </summary>
public sealed class CheckInAttempts(IOptions<RateLimitOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> recent = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Counts one try for the member, or returns false (counting nothing) when the minute's tries are used up.</summary>
    public bool TryTake(string memberId)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!recent.TryGetValue(memberId, out var tries))
            {
                tries = new Queue<DateTimeOffset>();
                recent[memberId] = tries;
            }

            while (tries.Count > 0 && now - tries.Peek() >= Window)
            {
                tries.Dequeue();
            }

            if (tries.Count >= options.Value.CheckInsPerMemberPerMinute)
            {
                return false;
            }

            tries.Enqueue(now);
            return true;
        }
    }
}

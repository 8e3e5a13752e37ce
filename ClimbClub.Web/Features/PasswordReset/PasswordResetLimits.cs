using ClimbClub.Core;
using ClimbClub.Core.SignUp;
using ClimbClub.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.PasswordReset;

/// <summary>
/// The reset requests of the last hour, per address and per IP address, kept in memory: unlike a sign-up code, a
/// request leaves no row of its own, and addresses of strangers are not worth a table. A restart forgets the counts.
/// </summary>
public sealed class PasswordResetLimits(IOptions<PasswordResetOptions> options, TimeProvider time, IStringLocalizer<AccountText> text)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> byIp = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private DateTimeOffset lastSweep;

    private PasswordResetOptions Limits => options.Value;

    /// <summary>Counts one request, or returns why not (counting nothing) when the address or the IP address has had enough.</summary>
    public Outcome? TryTake(string email, string ip)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Sweep(now);
            var forEmail = Recent(byEmail, email, now);
            var forIp = Recent(byIp, ip, now);
            var wait = forEmail.Count > 0 ? forEmail.Last() + Limits.ResendCooldown - now : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["ResetCooldown", (int)Math.Ceiling(wait.TotalSeconds)], nameof(EmailStep.Email));
            }

            if (forEmail.Count >= Limits.MaxRequestsPerEmailPerHour)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["ResetLimitEmail"], nameof(EmailStep.Email));
            }

            if (forIp.Count >= Limits.MaxRequestsPerIpPerHour)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["ResetLimitIp"], nameof(EmailStep.Email));
            }

            forEmail.Enqueue(now);
            forIp.Enqueue(now);
            return null;
        }
    }

    private static Queue<DateTimeOffset> Recent(Dictionary<string, Queue<DateTimeOffset>> counts, string key, DateTimeOffset now)
    {
        if (!counts.TryGetValue(key, out var requests))
        {
            requests = new Queue<DateTimeOffset>();
            counts[key] = requests;
        }

        while (requests.Count > 0 && now - requests.Peek() >= Window)
        {
            requests.Dequeue();
        }

        return requests;
    }

    /// <summary>Drops keys with nothing in the last hour, at most once a minute, so many one-off addresses do not pile up.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now - lastSweep < TimeSpan.FromMinutes(1))
        {
            return;
        }

        lastSweep = now;
        foreach (var counts in new[] { byEmail, byIp })
        {
            foreach (var key in counts.Where(c => c.Value.Count == 0 || now - c.Value.Last() >= Window).Select(c => c.Key).ToList())
            {
                counts.Remove(key);
            }
        }
    }
}

using ClimbClub.Web.Features.Instances;

namespace ClimbClub.Web.Features.Notifications;

/// <summary>
/// Tells a member's open circuits (every tab, every device, on every instance) that their notifications changed.
/// Like <see cref="Live.Notifier{TTopic}"/>, but addressed: only the named members' subscribers are called.
/// </summary>
public sealed class MemberSignals
{
    private const string Topic = "members";

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Func<Task>>> subscribers = new(StringComparer.Ordinal);
    private readonly InstanceSignals instances;
    private readonly ILogger<MemberSignals> logger;

    public MemberSignals(InstanceSignals instances, ILogger<MemberSignals> logger)
    {
        this.instances = instances;
        this.logger = logger;

        // No names: the signals may have missed anyone, so every open page re-reads.
        instances.Receive(Topic, members => DeliverHere(members ?? Subscribed()));
    }

    public IDisposable Subscribe(string memberId, Func<Task> onChange)
    {
        lock (gate)
        {
            if (!subscribers.TryGetValue(memberId, out var list))
            {
                subscribers[memberId] = list = [];
            }

            list.Add(onChange);
        }

        return new Subscription(this, memberId, onChange);
    }

    public void Publish(IEnumerable<string> memberIds)
    {
        var members = memberIds.Distinct(StringComparer.Ordinal).ToList();
        DeliverHere(members);
        instances.Send(Topic, members);
    }

    private List<string> Subscribed()
    {
        lock (gate)
        {
            return [.. subscribers.Keys];
        }
    }

    private void DeliverHere(IEnumerable<string> members)
    {
        var current = new List<Func<Task>>();
        lock (gate)
        {
            foreach (var memberId in members.Distinct(StringComparer.Ordinal))
            {
                if (subscribers.TryGetValue(memberId, out var list))
                {
                    current.AddRange(list);
                }
            }
        }

        foreach (var subscriber in current)
        {
            _ = DeliverAsync(subscriber);
        }
    }

    private async Task DeliverAsync(Func<Task> subscriber)
    {
        try
        {
            await subscriber();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A notification subscriber failed");
        }
    }

    private void Unsubscribe(string memberId, Func<Task> onChange)
    {
        lock (gate)
        {
            if (subscribers.TryGetValue(memberId, out var list) && list.Remove(onChange) && list.Count == 0)
            {
                subscribers.Remove(memberId);
            }
        }
    }

    private sealed class Subscription(MemberSignals owner, string memberId, Func<Task> onChange) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(memberId, onChange);
    }
}

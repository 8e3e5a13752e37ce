using ClimbClub.Web.Features.Instances;

namespace ClimbClub.Web.Features.Live;

/// <summary>
/// Tells open circuits that something they show has changed, on this instance and, through
/// <see cref="InstanceSignals"/>, on the others sharing the database. One singleton per topic type; subscribers
/// re-read what they need, so the signal itself carries no data.
/// </summary>
public sealed class Notifier<TTopic>
{
    private static readonly string Topic = typeof(TTopic).FullName ?? typeof(TTopic).Name;

    private readonly Lock gate = new();
    private readonly List<Func<Task>> subscribers = [];
    private readonly InstanceSignals instances;
    private readonly ILogger<Notifier<TTopic>> logger;

    public Notifier(InstanceSignals instances, ILogger<Notifier<TTopic>> logger)
    {
        this.instances = instances;
        this.logger = logger;
        instances.Receive(Topic, _ => DeliverHere());
    }

    public IDisposable Subscribe(Func<Task> onChange)
    {
        lock (gate)
        {
            subscribers.Add(onChange);
        }

        return new Subscription(this, onChange);
    }

    public void Publish()
    {
        DeliverHere();
        instances.Send(Topic);
    }

    private void DeliverHere()
    {
        Func<Task>[] current;
        lock (gate)
        {
            current = [.. subscribers];
        }

        // Each on the thread pool: an idle circuit re-reads and re-renders inline, so delivering here would keep the
        // publisher (the ranking job) until every open page had rendered, one after another.
        foreach (var subscriber in current)
        {
            _ = Task.Run(() => Deliver(subscriber));
        }
    }

    private async Task Deliver(Func<Task> subscriber)
    {
        try
        {
            await subscriber();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A {Topic} subscriber failed", typeof(TTopic).Name);
        }
    }

    private void Unsubscribe(Func<Task> onChange)
    {
        lock (gate)
        {
            subscribers.Remove(onChange);
        }
    }

    private sealed class Subscription(Notifier<TTopic> owner, Func<Task> onChange) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(onChange);
    }
}

/// <summary>Topic: the set of sign-ups waiting for approval changed.</summary>
public sealed class ApprovalQueueChanged;

/// <summary>Topic: the ranking job stored new boards.</summary>
public sealed class RankingsRefreshed;

namespace ClimbClub.Web.Features.Live;

/// <summary>
/// Tells open circuits that something they show has changed. One singleton per topic type; subscribers re-read
/// what they need, so the signal itself carries no data.
/// </summary>
public sealed class Notifier<TTopic>(ILogger<Notifier<TTopic>> logger)
{
    private readonly Lock gate = new();
    private readonly List<Func<Task>> subscribers = [];

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

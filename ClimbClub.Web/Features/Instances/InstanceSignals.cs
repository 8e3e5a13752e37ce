using System.Text.Json;
using System.Threading.Channels;
using ClimbClub.Web.Features.Setup;
using Npgsql;

namespace ClimbClub.Web.Features.Instances;

/// <summary>
/// Carries the live-update signals (a topic, and for some the members it concerns) to the other instances sharing a
/// PostgreSQL database, through NOTIFY on one channel, and hands the signals they send to this instance's receivers.
/// Listening takes one dedicated connection, reopened with growing pauses when it drops; since signals sent meanwhile
/// are lost, every topic is then delivered here once. On SQLite there is one instance and nothing to carry.
/// </summary>
public sealed class InstanceSignals(StoragePaths paths, AppInstance instance, ILogger<InstanceSignals> logger) : BackgroundService
{
    public const string ChannelName = "climbclub_signals";

    // NOTIFY takes at most 8000 bytes; a member id is a 36-character GUID.
    private const int MembersPerSignal = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Action<IReadOnlyCollection<string>?>> receivers = new(StringComparer.Ordinal);
    private readonly Channel<string> outbox = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    private bool Shared => paths.Provider == DatabaseProvider.Postgres;

    /// <summary>The application_name of an instance's listening connection.</summary>
    public static string ListenerName(string instanceName) => $"ClimbClub signals {instanceName}";

    /// <summary>
    /// Delivers the other instances' signals of <paramref name="topic"/> to <paramref name="deliver"/>: with the members
    /// named, or null when every member's pages may have missed something.
    /// </summary>
    public void Receive(string topic, Action<IReadOnlyCollection<string>?> deliver)
    {
        lock (gate)
        {
            receivers[topic] = deliver;
        }
    }

    /// <summary>Tells the other instances (not this one) about <paramref name="topic"/>; returns at once.</summary>
    public void Send(string topic, IReadOnlyCollection<string>? members = null)
    {
        if (!Shared)
        {
            return;
        }

        if (members is null)
        {
            Queue(new Signal(instance.Name, topic, null));
            return;
        }

        foreach (var chunk in members.Chunk(MembersPerSignal))
        {
            Queue(new Signal(instance.Name, topic, chunk));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Shared)
        {
            await Task.WhenAll(ListenAsync(stoppingToken), SendQueuedAsync(stoppingToken));
        }
    }

    private void Queue(Signal signal) => outbox.Writer.TryWrite(JsonSerializer.Serialize(signal, Json));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var listener = new NpgsqlConnectionStringBuilder(paths.ConnectionString)
        {
            Pooling = false,

            // Names the connection in pg_stat_activity, so an operator can tell which instance it listens for.
            ApplicationName = ListenerName(instance.Name),

            // Keepalives make a vanished server or network fail the wait instead of leaving it waiting forever.
            KeepAlive = 10,
        }.ToString();
        var pause = FirstPause;
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listener);
                connection.Notification += OnNotification;
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                logger.LogInformation("Instance {Instance} listens for the other instances' live updates", instance.Name);
                if (!first)
                {
                    DeliverEverything();
                }

                first = false;
                pause = FirstPause;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                first = false;
                logger.LogWarning(ex, "Instance {Instance} cannot hear the other instances; trying again in {Pause}", instance.Name, pause);
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
        }
    }

    private async Task SendQueuedAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await outbox.Reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await using var connection = new NpgsqlConnection(paths.ConnectionString);
                    await connection.OpenAsync(stoppingToken);
                    while (outbox.Reader.TryRead(out var payload))
                    {
                        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                        notify.Parameters.AddWithValue("channel", ChannelName);
                        notify.Parameters.AddWithValue("payload", payload);
                        await notify.ExecuteNonQueryAsync(stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The pages on the other instances show the change at its next signal, or when reloaded.
                    logger.LogWarning(ex, "Instance {Instance} could not send a live update to the others", instance.Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is still queued concerns pages that are closing too.
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        Signal? signal;
        try
        {
            signal = JsonSerializer.Deserialize<Signal>(e.Payload, Json);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "A live update from another instance could not be read");
            return;
        }

        if (signal is null || signal.Sender == instance.Name)
        {
            return;
        }

        Action<IReadOnlyCollection<string>?>? deliver;
        lock (gate)
        {
            deliver = receivers.GetValueOrDefault(signal.Topic);
        }

        deliver?.Invoke(signal.Members);
    }

    private void DeliverEverything()
    {
        Action<IReadOnlyCollection<string>?>[] all;
        lock (gate)
        {
            all = [.. receivers.Values];
        }

        logger.LogInformation("Instance {Instance} heard the others again; refreshing every live page in case one was missed", instance.Name);
        foreach (var deliver in all)
        {
            deliver(null);
        }
    }

    private sealed record Signal(string Sender, string Topic, string[]? Members);
}

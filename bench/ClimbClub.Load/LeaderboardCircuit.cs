using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Load;

/// <summary>What all circuits met: the JS functions the app called (by name) and every failure.</summary>
internal sealed class CircuitLog
{
    public ConcurrentDictionary<string, int> JsCalls { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Failures { get; } = new();
}

/// <summary>
/// One open /leaderboard page without a browser, speaking Blazor Server's circuit protocol as blazor.web.js does:
/// read the prerendered page, connect to the circuit hub over a WebSocket with the blazorpack protocol, start a
/// circuit, hand it the page's root components (the <c>&lt;!--Blazor:{…}--&gt;</c> markers) and their persisted state,
/// then acknowledge every render batch and answer every JS call, and stay connected. A render batch carries its text
/// as a table of length-prefixed UTF-8 strings, so a name on the board is found by its bytes.
/// </summary>
internal sealed partial class LeaderboardCircuit : IAsyncDisposable
{
    private const string Page = "leaderboard";

    // The board's container (data-testid="board") or, for a week nobody has climbed yet, its empty state: the live
    // page has rendered the board once a batch holds either string.
    private static readonly byte[] BoardMarker = [5, .. "board"u8];
    private static readonly byte[] EmptyBoardMarker = [11, .. "board-empty"u8];

    private readonly SignedInMember member;
    private readonly CircuitLog log;
    private readonly HubConnection connection;
    private readonly TaskCompletionSource boardShown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly Uri baseUri;
    private byte[]? awaited;
    private TaskCompletionSource<DateTimeOffset> seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? secret;
    private volatile bool closing;

    private LeaderboardCircuit(SignedInMember member, CircuitLog log)
    {
        this.member = member;
        this.log = log;
        baseUri = member.Http.BaseAddress!;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), HttpTransportType.WebSockets, o => o.Cookies = member.Cookies);
        builder.Services.AddSingleton<IHubProtocol, BlazorPack>();
        connection = builder.Build();
        connection.On<long, byte[]>("JS.RenderBatch", RenderBatchAsync);
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", BeginInvokeJSAsync);
        connection.On<string>("JS.Error", message => Fail($"the circuit reported an error: {message}"));
        connection.Closed += error =>
        {
            if (!closing)
            {
                Fail($"the connection closed: {error?.Message ?? "by the server"}");
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>Render batches received so far.</summary>
    public int Batches { get; private set; }

    /// <summary>Set once anything went wrong with this circuit.</summary>
    public string? Failure { get; private set; }

    /// <summary>Opens the page as <paramref name="member"/> and returns once the live circuit has rendered the board.</summary>
    public static async Task<LeaderboardCircuit> OpenAsync(SignedInMember member, CircuitLog log, TimeSpan patience, CancellationToken cancellationToken)
    {
        var circuit = new LeaderboardCircuit(member, log);
        try
        {
            await circuit.StartAsync(patience, cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// From now on, watches for the first render batch that shows <paramref name="text"/> (a whole string of the page,
    /// such as a member's name); the task gives the moment it arrived.
    /// </summary>
    public Task<DateTimeOffset> Expect(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        lock (gate)
        {
            awaited = [.. LengthPrefix(utf8.Length), .. utf8];
            seen = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
            return seen.Task;
        }
    }

    /// <summary>Closes the page as a browser tab does: the disconnect beacon ends the circuit at once, then the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        closing = true;
        if (secret is not null)
        {
            using var form = new MultipartFormDataContent { { new StringContent(secret), "circuitId" } };
            try
            {
                using var _ = await member.Http.PostAsync(new Uri("_blazor/disconnect", UriKind.Relative), form);
            }
            catch (HttpRequestException)
            {
                // The app is gone already; so is the circuit.
            }
        }

        await connection.DisposeAsync();
    }

    private async Task StartAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        var html = await member.Http.GetStringAsync(new Uri(Page, UriKind.Relative), timeout.Token);
        var state = ComponentState().Match(html) is { Success: true } found ? found.Groups[1].Value : "";
        var operations = RootComponents(html);

        await connection.StartAsync(timeout.Token);
        secret = await connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), new Uri(baseUri, Page).ToString(), "[]", state, timeout.Token)
            ?? throw new InvalidOperationException("The app refused to start the circuit.");
        await connection.SendAsync("UpdateRootComponents", operations, state, timeout.Token);
        await boardShown.Task.WaitAsync(timeout.Token);
    }

    /// <summary>The page's server root components in the order the script adds them: by their sequence.</summary>
    private static string RootComponents(string html)
    {
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => (string?)m["type"] == "server" && m["descriptor"] is not null)
            .OrderBy(m => (int)m["sequence"]!)
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"/{Page} holds no interactive root component: not signed in?");
        }

        var operations = new JsonArray();
        for (var i = 0; i < markers.Count; i++)
        {
            markers[i]["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = markers[i] });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    private async Task RenderBatchAsync(long batchId, byte[] batch)
    {
        var arrived = DateTimeOffset.UtcNow;
        Batches++;
        lock (gate)
        {
            if (awaited is not null && batch.AsSpan().IndexOf(awaited) >= 0)
            {
                awaited = null;
                seen.TrySetResult(arrived);
            }
        }

        if (!boardShown.Task.IsCompleted && (batch.AsSpan().IndexOf(BoardMarker) >= 0 || batch.AsSpan().IndexOf(EmptyBoardMarker) >= 0))
        {
            boardShown.TrySetResult();
        }

        await connection.SendAsync("OnRenderCompleted", batchId, null);
    }

    /// <summary>
    /// Answers a JS call as the browser would: success, no value. The leaderboard's calls (the renderer's interop,
    /// navigation interception, focus after navigation, marking the page live) return nothing, and the one asking for
    /// a title outside the page's components finds none.
    /// </summary>
    private async Task BeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        log.JsCalls.AddOrUpdate(identifier, 1, (_, count) => count + 1);
        if (asyncHandle != 0)
        {
            await connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, JsonSerializer.Serialize<object?[]>([asyncHandle, true, null]));
        }
    }

    private void Fail(string reason)
    {
        Failure ??= reason;
        log.Failures.Enqueue($"{member.Email}: {reason}");
        boardShown.TrySetException(new InvalidOperationException(reason));
    }

    private static byte[] LengthPrefix(int length)
    {
        var prefix = new List<byte>();
        for (; length >= 0x80; length >>= 7)
        {
            prefix.Add((byte)(length | 0x80));
        }

        prefix.Add((byte)length);
        return [.. prefix];
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex ComponentState();
}

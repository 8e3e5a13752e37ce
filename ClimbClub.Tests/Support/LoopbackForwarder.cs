using System.Net;
using System.Net.Sockets;

namespace ClimbClub.Tests.Support;

/// <summary>
/// A TCP forwarder on loopback that the browser talks to in place of the app, so a test can take the network away
/// (every open connection dropped, new ones turned away) while the server keeps running, and give it back.
/// </summary>
public sealed class LoopbackForwarder : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int appPort;
    private readonly Lock gate = new();
    private readonly List<Socket> open = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private bool down;

    /// <param name="appAddress">Where the app listens, such as http://127.0.0.1:5123.</param>
    public LoopbackForwarder(string appAddress)
    {
        appPort = new Uri(appAddress).Port;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The address to give the browser instead of the app's.</summary>
    public string Address => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    /// <summary>Drops every open connection and turns new ones away until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        lock (gate)
        {
            down = true;
            foreach (var socket in open)
            {
                socket.Dispose();
            }

            open.Clear();
        }
    }

    /// <summary>Lets connections through again.</summary>
    public void Restore()
    {
        lock (gate)
        {
            down = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await accepting;
        listener.Dispose();
        Cut();
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket browserSide;
            try
            {
                browserSide = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ForwardAsync(browserSide);
        }
    }

    private async Task ForwardAsync(Socket browserSide)
    {
        var appSide = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        lock (gate)
        {
            if (down)
            {
                browserSide.Dispose();
                appSide.Dispose();
                return;
            }

            open.Add(browserSide);
            open.Add(appSide);
        }

        try
        {
            await appSide.ConnectAsync(IPAddress.Loopback, appPort);
            // Whichever side closes first ends the pair, as it would end one connection without a forwarder.
            await Task.WhenAny(PumpAsync(browserSide, appSide), PumpAsync(appSide, browserSide));
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Cut while connecting.
        }
        finally
        {
            lock (gate)
            {
                open.Remove(browserSide);
                open.Remove(appSide);
            }

            browserSide.Dispose();
            appSide.Dispose();
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Cut, or the other side went away: the pair ends either way.
        }
    }
}

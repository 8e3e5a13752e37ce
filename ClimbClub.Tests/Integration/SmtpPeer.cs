using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// A minimal SMTP server on loopback that accepts every message and keeps its raw text, so the app's SMTP sender
/// is tested over the real protocol (EHLO, MAIL FROM, RCPT TO, DATA, QUIT).
/// </summary>
public sealed class SmtpPeer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task serving;

    public SmtpPeer()
    {
        listener.Start();
        serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public List<(string From, IReadOnlyList<string> To, string Data)> Received { get; } = [];

    public async Task<(string From, IReadOnlyList<string> To, string Data)> WaitForMessageAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            lock (Received)
            {
                if (Received.Count > 0)
                {
                    return Received[0];
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No message reached the SMTP peer.");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the next connection.
        }

        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 peer ready");
            string from = "";
            var to = new List<string>();
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var command = line.Split(' ', 2)[0].ToUpperInvariant();
                if (command is "EHLO" or "HELO")
                {
                    await writer.WriteLineAsync("250 peer");
                }
                else if (command == "MAIL")
                {
                    from = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>');
                    await writer.WriteLineAsync("250 OK");
                }
                else if (command == "RCPT")
                {
                    to.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>'));
                    await writer.WriteLineAsync("250 OK");
                }
                else if (command == "DATA")
                {
                    await writer.WriteLineAsync("354 end with .");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine).Append("\r\n");
                    }

                    lock (Received)
                    {
                        Received.Add((from, to.ToList(), data.ToString()));
                    }

                    await writer.WriteLineAsync("250 queued");
                }
                else if (command == "QUIT")
                {
                    await writer.WriteLineAsync("221 bye");
                    break;
                }
                else
                {
                    await writer.WriteLineAsync("250 OK");
                }
            }
        }
    }
}

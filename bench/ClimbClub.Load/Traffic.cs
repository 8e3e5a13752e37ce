using Microsoft.Playwright;

namespace ClimbClub.Load;

/// <summary>What the browsers sent: HTTP requests, circuit messages over the WebSocket, and errors the pages hit.</summary>
internal sealed class Traffic
{
    private int requests;
    private int circuitMessages;
    private int pageErrors;

    public int Requests => requests;

    public int CircuitMessages => circuitMessages;

    public int PageErrors => pageErrors;

    public void Watch(IPage page)
    {
        page.Request += (_, _) => Interlocked.Increment(ref requests);
        page.WebSocket += (_, socket) => socket.FrameSent += (_, _) => Interlocked.Increment(ref circuitMessages);
        page.PageError += (_, _) => Interlocked.Increment(ref pageErrors);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Interlocked.Increment(ref pageErrors);
            }
        };
    }
}

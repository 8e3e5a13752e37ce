using ClimbClub.Web.Components.Shared;

namespace ClimbClub.Tests.Components;

/// <summary>The QR code the gym screen shows: vector graphics that scale to a TV, and the text it encodes kept readable.</summary>
public sealed class QrCodeTests : IAsyncDisposable
{
    private const string Link = "https://club.example/checkin?code=CfDJ8Abc-_xyz";

    private readonly ComponentRenderer renderer = new();

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    [Fact]
    public async Task TheCodeIsAnInlineSvgThatScalesToItsBoxAndKeepsTheTextItEncodes()
    {
        var page = await renderer.RenderAsync<QrCode>(new() { [nameof(QrCode.Text)] = Link, [nameof(QrCode.Label)] = "Scan to check in" });

        var code = page.QuerySelector(".qr-code")!;
        Assert.Equal(Link, code.GetAttribute("data-url"));
        Assert.Equal(("img", "Scan to check in"), (code.GetAttribute("role"), code.GetAttribute("aria-label")));
        var svg = code.QuerySelector("svg")!;
        Assert.Matches(@"^0 0 (\d+) \1$", svg.GetAttribute("viewBox"));
        Assert.Null(svg.GetAttribute("width"));
        Assert.Equal("crispEdges", svg.GetAttribute("shape-rendering"));
        Assert.NotEmpty(svg.QuerySelector("path")!.GetAttribute("d")!);
    }
}

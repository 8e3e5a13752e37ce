using System.Net;
using System.Net.Sockets;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>The gym TV is left alone for days: after a server restart it comes back and follows the boards again by itself.</summary>
[Collection(BrowserGroup.Name)]
public sealed class GymScreenRestartTests(BrowserFixture browser)
{
    [Fact]
    public async Task AKioskScreenReloadsItselfAfterTheServerRestartsAndShowsNewScoresLiveAgain()
    {
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        var port = FreeLoopbackPort();
        string link;
        IPage tv;
        await using (var before = new ClimbClubApp { Root = root, KeepData = true })
        {
            var baseUrl = before.StartKestrel(port);
            var gain = await before.CreateMemberAsync("gain@restart.test", displayName: "Gain Grip");
            await before.LogSessionAsync(gain, problems: 6);
            await before.RefreshRankingsAsync();
            link = await before.CreateScreenLinkAsync("TV by the door");

            tv = await browser.NewPageAsync(baseUrl);
            await tv.GotoAsync(link);
            await tv.WaitUntilLiveAsync();
            await Expect(tv.GetByTestId("screen-alltime").Locator("[data-name='Gain Grip'] [data-testid=points]")).ToHaveTextAsync("6");
            await tv.EvaluateAsync("() => window.beforeRestart = true");
        }

        await Expect(tv.Locator("#components-reconnect-modal")).ToBeVisibleAsync();

        await using var after = new ClimbClubApp { Root = root }.With("Rankings:RefreshInterval", "00:00:02");
        after.StartKestrel(port);

        // The page reloads itself (the marker is gone), opens a new circuit and follows the boards live again.
        await tv.WaitForFunctionAsync("() => window.beforeRestart === undefined", null, new() { Timeout = 30_000 });
        await tv.WaitUntilLiveAsync();
        await Expect(tv.GetByTestId("screen-boards")).ToBeVisibleAsync();
        await tv.EvaluateAsync("() => window.afterRestart = true");
        var hyun = await after.CreateMemberAsync("hyun@restart.test", displayName: "Hyun Heel");
        await after.LogSessionAsync(hyun, problems: 8);

        await Expect(tv.GetByTestId("screen-alltime").Locator("[data-name='Hyun Heel'] [data-testid=points]")).ToHaveTextAsync("8");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.afterRestart === true"), "The screen reloaded instead of updating live.");
        await Expect(tv.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>A page left open comes back by itself when its connection drops or the server restarts, with no one touching it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ReconnectTests(BrowserFixture browser)
{
    // The gym screen's live dot while the page is connected.
    private const string LiveGreen = "rgb(61, 220, 132)";

    [Fact]
    public async Task AGymScreenWhoseConnectionDropsSaysSoAndCarriesOnLiveOnItsCircuitWithoutAReload()
    {
        await using var app = new ClimbClubApp().With("Rankings:RefreshInterval", "00:00:02");
        var appAddress = app.StartKestrel();
        var sora = await app.CreateMemberAsync("sora@reconnect.test", displayName: "Sora Sloper");
        await app.LogSessionAsync(sora, problems: 5);
        await app.RefreshRankingsAsync();
        var link = await app.CreateScreenLinkAsync("TV on the gym's Wi-Fi");
        await using var network = new LoopbackForwarder(appAddress);

        var tv = await browser.NewPageAsync(network.Address);
        await tv.GotoAsync(link);
        await tv.WaitUntilLiveAsync();
        var points = tv.GetByTestId("screen-alltime").Locator("[data-name='Sora Sloper'] [data-testid=points]");
        var notice = tv.GetByText("Connection lost. Reconnecting…");
        var liveDot = tv.GetByTestId("screen-updated").Locator(".live-dot");
        await Expect(points).ToHaveTextAsync("5");
        await Expect(notice).ToBeHiddenAsync();
        await Expect(liveDot).ToHaveCSSAsync("background-color", LiveGreen);
        await tv.EvaluateAsync("() => window.openedBeforeTheDrop = true");

        network.Cut();

        // The notice says so and the footer's live dot stops glowing green: the screen will not move until it is back.
        await Expect(notice).ToBeVisibleAsync();
        await Expect(liveDot).Not.ToHaveCSSAsync("background-color", LiveGreen);
        await app.LogSessionAsync(sora, problems: 7, slot: 3);
        network.Restore();

        // Back on its circuit (the page retries every few seconds): the climb logged during the drop shows, then the next.
        await Expect(notice).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Expect(liveDot).ToHaveCSSAsync("background-color", LiveGreen);
        await Expect(points).ToHaveTextAsync("12");
        await tv.WaitUntilLiveAsync();
        await app.LogSessionAsync(sora, problems: 8, slot: 6);
        await Expect(points).ToHaveTextAsync("20");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedBeforeTheDrop === true"), "The screen reloaded instead of reconnecting.");
        await Expect(tv.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task AnOpenPageReloadsItselfAndIsLiveAgainAfterTheServerRestarts()
    {
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        var port = FreeLoopbackPort();
        IPage page;
        await using (var before = new ClimbClubApp { Root = root, KeepData = true })
        {
            page = await browser.NewPageAsync(before.StartKestrel(port));
            await before.CreateMemberAsync("waiting@uni.test", status: ApprovalStatus.Pending, displayName: "Waiting Climber");
            await page.GotoAsync("/Account/Login");
            await page.FillAsync("#email", ClimbClubApp.AdminEmail);
            await page.FillAsync("#password", ClimbClubApp.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GotoAsync("/admin");
            await page.Locator("html[data-circuit=open]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.EvaluateAsync("() => window.beforeRestart = true");
        }

        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();

        await using var after = new ClimbClubApp { Root = root };
        after.StartKestrel(port);

        // The reload drops the marker set on the old page; the new page is live when Reject opens the reason box.
        await page.WaitForFunctionAsync("() => window.beforeRestart === undefined", null, new() { Timeout = 30_000 });
        await page.Locator("html[data-circuit=open]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("[data-testid=reject]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-reject]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.Playwright;

namespace ClimbClub.Tests.Browser;

/// <summary>A page left open comes back by itself when the server restarts, with no one touching it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ReconnectTests(BrowserFixture browser)
{
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

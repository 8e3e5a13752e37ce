using ClimbClub.Core.Screen;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Screen;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Browser;

/// <summary>Kiosk links as an admin makes them under Admin › Screen links, for a TV to open.</summary>
internal static class ScreenLinks
{
    /// <summary>Makes a kiosk link as the first admin and returns its address on the app (the key is in it).</summary>
    public static async Task<string> CreateScreenLinkAsync(this ClimbClubApp app, string name)
    {
        await using var scope = app.Scope();
        var keys = scope.ServiceProvider.GetRequiredService<ScreenKeyService>();
        var admin = ClimbClubApp.PrincipalOf(await app.AdminIdAsync());
        var key = (await keys.CreateAsync(admin, new ScreenKeyInput { Name = name }, TestContext.Current.CancellationToken)).Value!;
        return "/screen?key=" + Uri.EscapeDataString(key);
    }
}

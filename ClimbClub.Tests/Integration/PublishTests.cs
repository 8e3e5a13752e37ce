using System.Diagnostics;
using AngleSharp.Html.Parser;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The app as README's "Deploy it" runs it: the output of `dotnet publish`, started in Production. Its pages must come
/// with every script and style they name (without the Blazor script nothing on a page becomes interactive), and a
/// phone that accepts compression gets each of them compressed.
/// </summary>
public sealed class PublishTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThePublishedAppServesEveryScriptAndStyleItsPagesNameCompressed()
    {
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var published = Path.Combine(root, "out");
            await PublishAsync(published);
            using var app = AppProcess.StartFrom(published, Path.Combine(root, "data"), new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Bootstrap__AdminEmail"] = ClimbClubApp.AdminEmail,
                ["Bootstrap__AdminPassword"] = ClimbClubApp.AdminPassword,
            });
            using var client = new HttpClient { BaseAddress = new Uri(await app.AddressAsync()) };
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

            foreach (var page in new[] { "/", "/Account/Login" })
            {
                var html = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(page, Ct), Ct);
                var assets = html.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)
                    .Concat(html.QuerySelectorAll("link[rel=stylesheet][href]").Select(l => l.GetAttribute("href")!))
                    .ToList();
                Assert.Contains(assets, a => a.Contains("_framework/blazor.web", StringComparison.Ordinal));
                Assert.Contains(assets, a => a.Contains("Radzen.Blazor", StringComparison.Ordinal) && a.Contains(".js", StringComparison.Ordinal));
                foreach (var asset in assets)
                {
                    using var response = await client.GetAsync(new Uri(client.BaseAddress, asset), Ct);
                    var length = (await response.Content.ReadAsByteArrayAsync(Ct)).Length;
                    Assert.True(response.IsSuccessStatusCode && length > 0, $"{page} names {asset}, which answers {(int)response.StatusCode} with {length} bytes.");
                    Assert.True(response.Content.Headers.ContentEncoding.Count == 1, $"{page} names {asset}, which comes uncompressed ({length} bytes).");
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Publishes the app the tests were built with (same configuration, no new build) into <paramref name="folder"/>.</summary>
    private static async Task PublishAsync(string folder)
    {
        var project = Path.Combine(SourceTree.Root, "ClimbClub.Web", "ClimbClub.Web.csproj");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "--no-build", "-c", SourceTree.Configuration, "-o", folder, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var printed = await publish.StandardOutput.ReadToEndAsync(Ct) + await publish.StandardError.ReadToEndAsync(Ct);
        await publish.WaitForExitAsync(Ct);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{printed}");
    }
}

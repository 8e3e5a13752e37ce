using System.Net;
using AngleSharp.Html.Dom;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The leaderboard opened straight from an address, as a link or a bookmark would open it, on a club of 520: the
/// address picks the board, and whatever else it holds shows a board or says the generation does not exist. The home
/// page, which reads a single row of this week's board, still finds the member's own place far down.
/// </summary>
public sealed class BoardAddressTests(LongBoardClub club) : IClassFixture<LongBoardClub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("", "Weekly", "This week")]
    [InlineData("?board=week", "Weekly", "This week")]
    [InlineData("?board=best-ever", "Weekly", "This week")]
    [InlineData("?board=ALL-TIME", "Weekly", "This week")]
    [InlineData("?board=all-time", "All-time", null)]
    [InlineData("?board=all-time&generation=12", "All-time", null)]
    [InlineData("?board=generation", "Generation", null)]
    [InlineData("?board=generation&generation=twelfth", "Generation", null)]
    [InlineData("?board=generation&generation=-1", "Generation", null)]
    public async Task TheAddressPicksABoardAndOpensItAtItsFirstRows(string query, string tab, string? week)
    {
        var page = await OpenAsync(query);

        Assert.Equal(tab, page.QuerySelector("[role=tab][aria-selected=true]")?.TextContent);
        Assert.Equal(week, page.QuerySelector(".weeks [aria-pressed=true]")?.TextContent);
        Assert.Equal(51, page.QuerySelectorAll("[data-testid=board-row]").Length);
        Assert.NotNull(page.QuerySelector("[data-testid=board-gap]"));
        Assert.Equal("true", page.QuerySelector("[data-testid=board-row]:last-child")?.GetAttribute("data-me"));
        Assert.Equal($"Showing 51 of {LongBoardClub.OnTheBoards:N0} climbers", page.QuerySelector("[data-testid=board-count]")?.TextContent);
        Assert.Null(page.QuerySelector(".rz-alert"));
    }

    [Fact]
    public async Task LastWeeksBoardAndAnEarlierGenerationAreLinkedToo()
    {
        var eleventh = await club.WithDbAsync(db => db.Generations.Where(g => g.Number == 11).Select(g => g.Id).SingleAsync(Ct));

        var lastWeek = await OpenAsync("?board=last-week");
        var generation = await OpenAsync($"?board=generation&generation={eleventh}");

        Assert.Equal("Last week", lastWeek.QuerySelector(".weeks [aria-pressed=true]")?.TextContent);
        Assert.Contains("Nobody logged a session last week.", lastWeek.QuerySelector("[data-testid=board-empty]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Generation", generation.QuerySelector("[role=tab][aria-selected=true]")?.TextContent);
        Assert.Contains("2025-03-01", generation.QuerySelector(".board-context")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("No sessions in this generation yet.", generation.QuerySelector("[data-testid=board-empty]")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("987654")]
    [InlineData("0")]
    public async Task AGenerationThatDoesNotExistIsSaidSoOnThePage(string generation)
    {
        var page = await OpenAsync($"?board=generation&generation={generation}");

        Assert.Equal("Generation", page.QuerySelector("[role=tab][aria-selected=true]")?.TextContent);
        Assert.EndsWith("That generation does not exist.", page.QuerySelector(".rz-alert")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[data-testid=board-row]"));
    }

    [Fact]
    public async Task TheHomePageFindsMyPlaceFarDownThisWeeksBoard()
    {
        var home = await OpenAsync("", "/");

        Assert.Matches(@"^#1\d\d · 161 pts · Problems 161$", home.QuerySelector("[data-testid=my-week] .my-week-figures")?.TextContent);
    }

    private async Task<IHtmlDocument> OpenAsync(string query, string path = "/leaderboard")
    {
        using var vera = await club.SignedInVisitorAsync("vera@long.test");
        using var response = await vera.GetAsync($"{path}{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync();
    }
}

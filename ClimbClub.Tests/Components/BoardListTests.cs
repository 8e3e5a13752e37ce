using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Components.Pages.Leaderboard;
using ClimbClub.Web.Components.Shared;
using ClimbClub.Web.Features.Rankings;

namespace ClimbClub.Tests.Components;

/// <summary>How a board reads: places with ties, medals, the member's own row (after a gap when it is further down), how many rows are shown, and the empty cases.</summary>
public sealed class BoardListTests : IAsyncDisposable
{
    private readonly ComponentRenderer renderer = new();

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    [Fact]
    public async Task TiedMembersShareAPlaceAndTheTopThreePlacesGetMedals()
    {
        var page = await RenderAsync(Row(1, "Ari", 40), Row(2, "Bo", 30.5m), Row(2, "Cy", 30.5m), Row(4, "Di", 12), Row(5, "Ed", 3));

        var rows = page.QuerySelectorAll("[data-testid=board-row]");
        Assert.Equal(["1", "2", "2", "4", "5"], rows.Select(r => r.QuerySelector(".rank-badge")!.TextContent));
        Assert.Equal(["medal-1", "medal-2", "medal-2", "", ""], rows.Select(r => r.ClassList.FirstOrDefault(c => c.StartsWith("medal-", StringComparison.Ordinal)) ?? ""));
        Assert.Equal(["40", "30.5", "30.5", "12", "3"], rows.Select(r => r.QuerySelector("[data-testid=points]")!.TextContent));
    }

    [Fact]
    public async Task MyRowIsMarkedAndNamedAsMine()
    {
        var me = Row(4, "Di", 12, isMe: true);

        var page = await RenderAsync([Row(1, "Ari", 40), me], me);

        var mine = Assert.Single(page.QuerySelectorAll("[data-me=true]"));
        Assert.Equal("Di", mine.GetAttribute("data-name"));
        Assert.Contains("me", mine.ClassList);
        Assert.Equal("You", mine.QuerySelector(".you")?.TextContent);
        Assert.Contains("Problems 7 · Time 1:05 h", mine.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=me-missing]"));
    }

    [Fact]
    public async Task AMemberWhoIsNotOnTheBoardIsToldSo()
    {
        var page = await RenderAsync(Row(1, "Ari", 40));

        Assert.Empty(page.QuerySelectorAll("[data-me=true]"));
        Assert.Equal("You're not on this board yet — log a session to join it.", page.QuerySelector("[data-testid=me-missing] span")?.TextContent);
    }

    [Fact]
    public async Task AnEmptyBoardSaysWhyInsteadOfShowingAnEmptyTable()
    {
        var page = await RenderAsync();

        Assert.Equal("Nothing yet", page.QuerySelector("[data-testid=board-empty] p")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=board]"));
        Assert.Null(page.QuerySelector("[data-testid=me-missing]"));
    }

    [Fact]
    public async Task EveryNameLinksToThatMembersProfile()
    {
        var page = await RenderAsync(Row(1, "Ari", 40), Row(2, "Bo", 30.5m, isMe: true));

        Assert.Equal(
            [("Ari", "members/id-Ari"), ("Bo", "members/id-Bo")],
            page.QuerySelectorAll("[data-testid=board-row] a.name-text").Select(a => (a.TextContent, a.GetAttribute("href"))));
    }

    [Fact]
    public async Task MyRowFurtherDownFollowsAGapAndTheBoardSaysHowManyItShows()
    {
        var me = Row(40, "Di", 2, isMe: true);

        var page = await RenderAsync(new Board([Row(1, "Ari", 40), Row(2, "Bo", 30), Row(3, "Cy", 20)], me, 10_000, null));

        Assert.Equal(
            ["row 1", "row 2", "row 3", "gap", "row 40 mine"],
            page.QuerySelectorAll("[data-testid=board] > [role=row]:not(.board-head)").Select(r =>
                r.GetAttribute("data-testid") == "board-gap" ? "gap" : $"row {r.GetAttribute("data-rank")}{(r.GetAttribute("data-me") == "true" ? " mine" : "")}"));
        Assert.Equal("…", page.QuerySelector("[data-testid=board-gap]")?.TextContent.Trim());
        Assert.Equal("Showing 4 of 10,000 climbers", page.QuerySelector("[data-testid=board-count]")?.TextContent);
        Assert.Equal("Show more", page.QuerySelector("[data-testid=show-more] .rz-button-text")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=me-missing]"));
    }

    [Fact]
    public async Task AWholeBoardOnShowSaysSoAndOffersNoMore()
    {
        var all = await RenderAsync(Row(1, "Ari", 40), Row(2, "Bo", 30));
        var one = await RenderAsync(Row(1, "Ari", 40));

        Assert.Equal("All 2 climbers", all.QuerySelector("[data-testid=board-count]")?.TextContent);
        Assert.Equal("1 climber", one.QuerySelector("[data-testid=board-count]")?.TextContent);
        Assert.Null(all.QuerySelector("[data-testid=show-more]"));
        Assert.Null(all.QuerySelector("[data-testid=board-gap]"));
    }

    [Fact]
    public async Task TheMostRowsOneReadReturnsOfferNoMore()
    {
        var rows = Enumerable.Range(1, LeaderboardService.MaxRows).Select(rank => Row(rank, $"Climber {rank:D4}", 1000 - rank)).ToArray();

        var page = await RenderAsync(new Board(rows, null, 10_000, null));

        Assert.Equal("Showing 500 of 10,000 climbers", page.QuerySelector("[data-testid=board-count]")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=show-more]"));
    }

    [Theory]
    [InlineData(true, "Gen 12 · week 5 2026-03-29 – 2026-04-04")]
    [InlineData(false, "Week 14, 2026 2026-03-30 – 2026-04-05")]
    public async Task AWeekIsNamedByItsGenerationOrElseByItsIsoYear(bool inGeneration, string label)
    {
        var twelfth = new Generation { Id = 12, Number = 12, StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2027, 2, 28) };
        var week = inGeneration
            ? ClubWeeks.Of(new DateOnly(2026, 4, 1), [twelfth])
            : ClubWeeks.Of(new DateOnly(2026, 4, 1), []);

        var page = await renderer.RenderAsync<WeekLabel>(new() { [nameof(WeekLabel.Week)] = week, [nameof(WeekLabel.GenerationNumber)] = inGeneration ? twelfth.Number : null });

        Assert.Equal(label, string.Join(' ', page.Body!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(params BoardRow[] rows) => RenderAsync(rows, null);

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(BoardRow[] rows, BoardRow? me) => RenderAsync(new Board(rows, me, rows.Length, null));

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(Board board) =>
        renderer.RenderAsync<BoardList>(new()
        {
            [nameof(BoardList.Board)] = board,
            [nameof(BoardList.Caption)] = "All-time",
            [nameof(BoardList.EmptyText)] = "Nothing yet",
        });

    private static BoardRow Row(int rank, string name, decimal points, bool isMe = false) =>
        new(rank, $"id-{name}", name, "moon", points, 7, 65, 1, isMe);
}

using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Components.Pages.Leaderboard;
using ClimbClub.Web.Components.Shared;
using ClimbClub.Web.Features.Rankings;

namespace ClimbClub.Tests.Components;

/// <summary>How a board reads: places with ties, medals, the member's own row, and the empty cases.</summary>
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

    [Theory]
    [InlineData(true, "12th · week 5 2026-03-29 – 2026-04-04")]
    [InlineData(false, "Week 14, 2026 2026-03-30 – 2026-04-05")]
    public async Task AWeekIsNamedByItsGenerationOrElseByItsIsoYear(bool inGeneration, string label)
    {
        var twelfth = new Generation { Id = 12, Number = 12, Name = "12th", StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2027, 2, 28) };
        var week = inGeneration
            ? ClubWeeks.Of(new DateOnly(2026, 4, 1), [twelfth])
            : ClubWeeks.Of(new DateOnly(2026, 4, 1), []);

        var page = await renderer.RenderAsync<WeekLabel>(new() { [nameof(WeekLabel.Week)] = week, [nameof(WeekLabel.GenerationName)] = inGeneration ? twelfth.Name : null });

        Assert.Equal(label, string.Join(' ', page.Body!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(params BoardRow[] rows) => RenderAsync(rows, null);

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(BoardRow[] rows, BoardRow? me) =>
        renderer.RenderAsync<BoardList>(new()
        {
            [nameof(BoardList.Board)] = new Board(rows, me, rows.Length, null),
            [nameof(BoardList.Caption)] = "All-time",
            [nameof(BoardList.EmptyText)] = "Nothing yet",
        });

    private static BoardRow Row(int rank, string name, decimal points, bool isMe = false) =>
        new(rank, $"id-{name}", name, "moon", points, 7, 65, 1, isMe);
}

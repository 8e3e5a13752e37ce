using ClimbClub.Web.Components.Pages.Leaderboard;

namespace ClimbClub.Tests.Components;

/// <summary>How the leaderboard keeps its board in its address: what it writes reads back the same, and whatever else reads as a board it can show.</summary>
public sealed class BoardChoiceTests
{
    public static TheoryData<BoardChoice> Choices =>
    [
        new BoardChoice(BoardTab.Weekly),
        new BoardChoice(BoardTab.Weekly, PreviousWeek: true),
        new BoardChoice(BoardTab.Generation),
        new BoardChoice(BoardTab.Generation, GenerationId: 12),
        new BoardChoice(BoardTab.AllTime),
    ];

    [Theory]
    [MemberData(nameof(Choices))]
    public void ABoardWrittenToTheAddressReadsBackTheSame(BoardChoice choice)
    {
        var query = choice.Write();

        Assert.Equal(choice, BoardChoice.Read((string?)query["board"], (string?)query["generation"]));
    }

    [Fact]
    public void ThisWeeksBoardNeedsNoQueryAndOtherTabsForgetTheWeekAndTheGeneration()
    {
        Assert.All(new BoardChoice(BoardTab.Weekly).Write().Values, Assert.Null);
        Assert.Equal(new Dictionary<string, object?> { ["board"] = "all-time", ["generation"] = null }, new BoardChoice(BoardTab.AllTime, true, 12).Write());
        Assert.Equal(new Dictionary<string, object?> { ["board"] = null, ["generation"] = null }, new BoardChoice(BoardTab.Weekly, false, 12).Write());
    }

    [Theory]
    [InlineData(null, null, BoardTab.Weekly, false, null)]
    [InlineData("week", null, BoardTab.Weekly, false, null)]
    [InlineData("last-week", "12", BoardTab.Weekly, true, null)]
    [InlineData("generation", "12", BoardTab.Generation, false, 12)]
    [InlineData("generation", null, BoardTab.Generation, false, null)]
    [InlineData("generation", "twelfth", BoardTab.Generation, false, null)]
    [InlineData("generation", "-3", BoardTab.Generation, false, null)]
    [InlineData("generation", "99999999999", BoardTab.Generation, false, null)]
    [InlineData("all-time", "12", BoardTab.AllTime, false, null)]
    [InlineData("All-Time", null, BoardTab.Weekly, false, null)]
    [InlineData("best-ever", null, BoardTab.Weekly, false, null)]
    [InlineData("", "", BoardTab.Weekly, false, null)]
    public void WhatTheAddressHoldsReadsAsABoard(string? board, string? generation, BoardTab tab, bool previousWeek, int? generationId)
    {
        Assert.Equal(new BoardChoice(tab, previousWeek, generationId), BoardChoice.Read(board, generation));
    }
}

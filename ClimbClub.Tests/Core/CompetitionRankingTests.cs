using System.Globalization;
using ClimbClub.Core.Ranking;

namespace ClimbClub.Tests.Core;

/// <summary>Standard competition ranking: equal scores share a place and the next place skips (1, 2, 2, 4).</summary>
public sealed class CompetitionRankingTests
{
    [Theory]
    [InlineData("10 8 8 5", "1 2 2 4")]
    [InlineData("9 9 7 7 7 1", "1 1 3 3 3 6")]
    [InlineData("5 4 3", "1 2 3")]
    [InlineData("3 3 3", "1 1 1")]
    [InlineData("7", "1")]
    [InlineData("2.5 2.5 2 0.5 0.5 0", "1 1 3 4 4 6")]
    [InlineData("0 0", "1 1")]
    public void EqualScoresShareAPlaceAndTheNextPlaceSkips(string scores, string ranks)
    {
        var ranked = CompetitionRanking.Rank(Numbers(scores), s => s);

        Assert.Equal(ranks, string.Join(' ', ranked.Select(r => r.Rank)));
        Assert.Equal(scores, string.Join(' ', ranked.Select(r => r.Entry.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void EntriesComeBackHighestScoreFirstWhateverTheInputOrder()
    {
        var ranked = CompetitionRanking.Rank([("Ana", 5m), ("Ben", 10m), ("Cho", 8m), ("Dan", 8m)], e => e.Item2);

        Assert.Equal([(1, "Ben"), (2, "Cho"), (2, "Dan"), (4, "Ana")], ranked.Select(r => (r.Rank, r.Entry.Item1)));
    }

    [Fact]
    public void TiedEntriesKeepTheOrderTheyWereGivenIn()
    {
        var ranked = CompetitionRanking.Rank([("Xu", 4m), ("Yoon", 7m), ("Zed", 4m), ("Abe", 4m)], e => e.Item2);

        Assert.Equal([(1, "Yoon"), (2, "Xu"), (2, "Zed"), (2, "Abe")], ranked.Select(r => (r.Rank, r.Entry.Item1)));
    }

    [Fact]
    public void WhenEveryoneTiesEveryoneIsFirstInTheGivenOrder()
    {
        var ranked = CompetitionRanking.Rank(["Dan", "Ana", "Cho"], _ => 12.5m);

        Assert.Equal([(1, "Dan"), (1, "Ana"), (1, "Cho")], ranked.Select(r => (r.Rank, r.Entry)));
    }

    [Fact]
    public void NobodyToRankGivesAnEmptyBoard()
    {
        Assert.Empty(CompetitionRanking.Rank(Array.Empty<string>(), _ => 1m));
    }

    private static decimal[] Numbers(string scores) =>
        scores.Split(' ').Select(s => decimal.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}

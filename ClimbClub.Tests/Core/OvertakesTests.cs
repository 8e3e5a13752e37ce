using ClimbClub.Core.Ranking;

namespace ClimbClub.Tests.Core;

/// <summary>Who passed whom on a board between two refreshes.</summary>
public sealed class OvertakesTests
{
    [Theory]
    [InlineData("ann 10, bo 8", "ann 10, bo 12", "ann by bo")]
    [InlineData("ann 10, bo 8", "ann 10, bo 10", "")]
    [InlineData("ann 10, bo 8", "ann 14, bo 12", "")]
    [InlineData("ann 10", "ann 10, cy 11", "ann by cy")]
    [InlineData("ann 10, bo 8, cy 6", "ann 10, bo 11, cy 13", "ann by cy, bo by cy")]
    [InlineData("ann 10, bo 12", "ann 10, bo 14", "")]
    [InlineData("ann 10, bo 8", "bo 12", "")]
    [InlineData("", "ann 3, bo 4", "")]
    [InlineData("ann 10, bo 8", "ann 7, bo 8", "ann by bo")]
    public void AMemberHearsOnceWhoPassedThemAndOnlyWhileStillOnTheBoard(string before, string after, string expected)
    {
        var overtakes = Overtakes.Between(Board(before), Board(after));

        Assert.Equal(expected, string.Join(", ", overtakes.Select(o => $"{o.Overtaken} by {o.By}")));
    }

    /// <summary>On random boards (seeded), the sweep names exactly whom the plain statement of the rule names.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(20261130)]
    public void OnRandomBoardsEveryoneHearsWhatTheRuleSays(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 500; i++)
        {
            var members = Enumerable.Range(0, random.Next(0, 30)).Select(n => $"m{n}").ToList();
            var before = members.Where(_ => random.Next(4) > 0).ToDictionary(m => m, _ => random.Next(0, 12) / 2m);
            var after = members.Where(_ => random.Next(5) > 0)
                .ToDictionary(m => m, m => before.GetValueOrDefault(m) + (random.Next(3) == 0 ? random.Next(-4, 9) / 2m : 0));

            Assert.Equal(AsTheRuleSays(before, after), Overtakes.Between(before, after));
        }
    }

    /// <summary>The rule as stated: for each member on both boards, the highest of those now above who were below.</summary>
    private static List<Overtake> AsTheRuleSays(Dictionary<string, decimal> before, Dictionary<string, decimal> after) =>
        [.. before
            .Where(member => after.ContainsKey(member.Key))
            .Select(member => (member.Key, By: after
                .Where(other => other.Key != member.Key && other.Value > after[member.Key] && (!before.TryGetValue(other.Key, out var had) || had < member.Value))
                .OrderByDescending(other => other.Value)
                .ThenBy(other => other.Key, StringComparer.Ordinal)
                .Select(other => other.Key)
                .FirstOrDefault()))
            .Where(told => told.By is not null)
            .Select(told => new Overtake(told.Key, told.By!))
            .OrderBy(o => o.Overtaken, StringComparer.Ordinal)];

    private static Dictionary<string, decimal> Board(string text) => text
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => part.Split(' '))
        .ToDictionary(part => part[0], part => decimal.Parse(part[1], System.Globalization.CultureInfo.InvariantCulture));
}

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

    private static Dictionary<string, decimal> Board(string text) => text
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => part.Split(' '))
        .ToDictionary(part => part[0], part => decimal.Parse(part[1], System.Globalization.CultureInfo.InvariantCulture));
}

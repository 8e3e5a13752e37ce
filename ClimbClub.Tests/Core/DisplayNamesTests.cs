using ClimbClub.Core.Members;

namespace ClimbClub.Tests.Core;

/// <summary>The pieces of the display-name rule: how long a name is to a reader, and what it may contain.</summary>
public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData("ab", 2)]
    [InlineData("김민지", 3)]
    [InlineData("클라이머123", 7)]
    [InlineData("e\u0301", 1)]
    [InlineData("Jose\u0301", 4)]
    [InlineData("\u1100\u1161\u11A8", 1)]
    [InlineData("\u1100\u1161\u11A8\u1102\u1161", 2)]
    [InlineData("👍🏽", 1)]
    [InlineData("", 0)]
    public void LengthCountsWhatAReaderSeesAsOneCharacter(string name, int length)
    {
        Assert.Equal(length, DisplayNames.Length(name));
    }

    [Theory]
    [InlineData("김민지")]
    [InlineData("Min-ji O'Neil")]
    [InlineData("jean_luc.p")]
    [InlineData("Jose\u0301")]
    [InlineData("Ελένη 2")]
    public void LettersDigitsSpacesAndJoinersAreAllowed(string name)
    {
        Assert.True(DisplayNames.HasOnlyAllowedCharacters(name));
    }

    [Theory]
    [InlineData("민지😀")]
    [InlineData("<script>")]
    [InlineData("a&b")]
    [InlineData("a/b")]
    [InlineData("a,b")]
    [InlineData("a\tb")]
    [InlineData("a\u00A0b")]
    [InlineData("a\u200Bb")]
    [InlineData("a\u200Db")]
    [InlineData("a\u202Eb")]
    public void SymbolsMarkupAndInvisibleCharactersAreNotAllowed(string name)
    {
        Assert.False(DisplayNames.HasOnlyAllowedCharacters(name));
    }

    [Theory]
    [InlineData("김민지", true)]
    [InlineData("Min ji", true)]
    [InlineData(" 김민지", false)]
    [InlineData("김민지 ", false)]
    [InlineData("김민지\t", false)]
    [InlineData("\u3000김민지", false)]
    public void ANameIsTrimmedWhenNoWhiteSpaceSurroundsIt(string name, bool trimmed)
    {
        Assert.Equal(trimmed, DisplayNames.IsTrimmed(name));
    }

    [Theory]
    [InlineData("a1", true)]
    [InlineData("123김", true)]
    [InlineData("12345", false)]
    [InlineData("12-34", false)]
    [InlineData("", false)]
    public void ANameNeedsALetter(string name, bool hasLetter)
    {
        Assert.Equal(hasLetter, DisplayNames.HasLetter(name));
    }
}

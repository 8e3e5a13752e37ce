using ClimbClub.Core.Screen;

namespace ClimbClub.Tests.Core;

/// <summary>The name an admin gives a kiosk link, so they know which TV to revoke.</summary>
public sealed class ScreenKeyInputValidatorTests
{
    private const string Length = "A screen name has 2 to 60 characters.";
    private const string NameCharacters = "A name cannot contain control characters or < or >.";

    private readonly ScreenKeyInputValidator validator = new(CoreText.Localizer);

    [Theory]
    [InlineData("TV")]
    [InlineData("TV at Main Hall")]
    [InlineData("본관 TV")]
    [InlineData("  TV  ")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890")]
    public void ANameOf2To60CharactersPasses(string name)
    {
        Assert.Empty(validator.Check(new ScreenKeyInput { Name = name }));
    }

    [Theory]
    [InlineData("", "Name the screen, e.g. TV at Main Hall.")]
    [InlineData("   ", "Name the screen, e.g. TV at Main Hall.")]
    [InlineData("T", Length)]
    [InlineData("  T  ", Length)]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901", Length)]
    [InlineData("<b>TV</b>", NameCharacters)]
    [InlineData("TV > radio", NameCharacters)]
    [InlineData("TV\u0007", NameCharacters)]
    [InlineData("TV\nHall", NameCharacters)]
    public void ABadNameIsRefusedWithTheReason(string name, string words)
    {
        CoreText.AssertRefused(validator.Check(new ScreenKeyInput { Name = name }), nameof(ScreenKeyInput.Name), words);
    }
}

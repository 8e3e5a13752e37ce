using ClimbClub.Core.Members;

namespace ClimbClub.Tests.Core;

/// <summary>The reason an admin gives when turning down a sign-up; it is mailed as written.</summary>
public sealed class RejectionValidatorTests
{
    private readonly RejectionValidator validator = new(CoreText.Localizer);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("We could not confirm you study here.\nPlease write to the officers.\r\n\tThanks!")]
    public void AReasonMayBeMissingOrSpanSeveralLines(string? reason)
    {
        Assert.Empty(validator.Check(new Rejection { Reason = reason }));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('가')]
    public void AReasonOf500CharactersFits(char letter)
    {
        Assert.Empty(validator.Check(new Rejection { Reason = new string(letter, 500) }));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('가')]
    public void AReasonOf501CharactersIsTooLong(char letter)
    {
        CoreText.AssertRefused(
            validator.Check(new Rejection { Reason = new string(letter, 501) }),
            nameof(Rejection.Reason),
            "A reason has at most 500 characters.");
    }

    [Theory]
    [InlineData("No\u0000")]
    [InlineData("\u001b[2JCleared")]
    [InlineData("Bell\u0007")]
    public void AReasonWithControlCharactersIsRefused(string reason)
    {
        CoreText.AssertRefused(
            validator.Check(new Rejection { Reason = reason }),
            nameof(Rejection.Reason),
            "The reason contains characters that cannot be shown.");
    }
}

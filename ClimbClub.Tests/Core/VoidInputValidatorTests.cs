using ClimbClub.Core.Log;

namespace ClimbClub.Tests.Core;

/// <summary>An officer voiding a session must say why, in words the member can read.</summary>
public sealed class VoidInputValidatorTests
{
    private const string ReasonRequired = "Say why the session is voided; the member will see it.";

    private readonly VoidInputValidator validator = new(CoreText.Localizer);

    [Theory]
    [InlineData("Logged twice")]
    [InlineData("12 black problems in 30 minutes?\nPlease log them again.")]
    [InlineData("중복 기록")]
    public void AReasonAnyoneCanReadPasses(string reason)
    {
        Assert.Empty(validator.Check(new VoidInput { Reason = reason }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void AVoidNeedsAReason(string? reason)
    {
        CoreText.AssertRefused(validator.Check(new VoidInput { Reason = reason }), nameof(VoidInput.Reason), ReasonRequired);
    }

    [Fact]
    public void AReasonOf300CharactersPassesAnd301IsRefused()
    {
        Assert.Empty(validator.Check(new VoidInput { Reason = new string('r', 300) }));
        CoreText.AssertRefused(
            validator.Check(new VoidInput { Reason = new string('r', 301) }), nameof(VoidInput.Reason), "A reason has at most 300 characters.");
    }

    [Theory]
    [InlineData("dup\u0000")]
    [InlineData("\u0007ding")]
    public void AReasonWithControlCharactersIsRefused(string reason)
    {
        CoreText.AssertRefused(
            validator.Check(new VoidInput { Reason = reason }), nameof(VoidInput.Reason), "The reason contains characters that cannot be shown.");
    }
}

using ClimbClub.Core.SignUp;

namespace ClimbClub.Tests.Core;

/// <summary>The password policy wherever a new password is chosen: a reset from the mailed link, or a change.</summary>
public sealed class PasswordValidatorsTests
{
    private readonly PasswordResetValidator reset = new(CoreText.Localizer);
    private readonly PasswordChangeValidator change = new(CoreText.Localizer);

    public static TheoryData<string> AcceptedPasswords => new()
    {
        "Ab1!wxyz",
        "Boulder-2026!",
        "비밀번호1234!",
        "ab cd 12 #",
        "Ab1!" + new string('x', 124),
    };

    public static TheoryData<string, string> RefusedPasswords => new()
    {
        { "", "Choose a password." },
        { "Ab1!xyz", "A password has at least 8 characters." },
        { "비밀1!", "A password has at least 8 characters." },
        { "Ab1!" + new string('x', 125), "A password has at most 128 characters." },
        { "12345678!", "A password needs at least one letter." },
        { "Abcdefgh!", "A password needs at least one digit." },
        { "비밀번호!!!!", "A password needs at least one digit." },
        { "Abcdefg1", "A password needs at least one symbol, such as ! or #." },
        { "비밀번호1234", "A password needs at least one symbol, such as ! or #." },
        { "Abcd 1234", "A password needs at least one symbol, such as ! or #." },
        { "Abcd\t1234", "A password needs at least one symbol, such as ! or #." },
    };

    [Theory]
    [MemberData(nameof(AcceptedPasswords))]
    public void APasswordWithALetterADigitAndASymbolIsAccepted(string password)
    {
        Assert.Empty(reset.Check(new PasswordReset { NewPassword = password, ConfirmPassword = password }));
    }

    [Theory]
    [MemberData(nameof(RefusedPasswords))]
    public void APasswordOutsideThePolicyIsRefusedWithTheReason(string password, string words)
    {
        CoreText.AssertRefused(
            reset.Check(new PasswordReset { NewPassword = password, ConfirmPassword = password }),
            nameof(PasswordReset.NewPassword),
            words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Boulder-2026")]
    [InlineData("boulder-2026!")]
    [InlineData(" Boulder-2026!")]
    public void AConfirmationThatDiffersIsRefused(string confirmation)
    {
        CoreText.AssertRefused(
            reset.Check(new PasswordReset { NewPassword = "Boulder-2026!", ConfirmPassword = confirmation }),
            nameof(PasswordReset.ConfirmPassword),
            "The two passwords do not match.");
    }

    [Fact]
    public void AChangeWithTheCurrentPasswordAndAGoodNewOnePasses()
    {
        Assert.Empty(change.Check(new PasswordChange { CurrentPassword = "old", NewPassword = "Boulder-2026!", ConfirmPassword = "Boulder-2026!" }));
    }

    [Fact]
    public void AChangeAsksForTheCurrentPassword()
    {
        CoreText.AssertRefused(
            change.Check(new PasswordChange { NewPassword = "Boulder-2026!", ConfirmPassword = "Boulder-2026!" }),
            nameof(PasswordChange.CurrentPassword),
            "Enter your current password.");
    }

    [Fact]
    public void AChangeHoldsTheNewPasswordToThePolicyAndItsConfirmation()
    {
        var errors = change.Check(new PasswordChange { CurrentPassword = "old", NewPassword = "Boulder2026", ConfirmPassword = "Boulder2027" });

        Assert.Equal(
            [
                (nameof(PasswordChange.NewPassword), "A password needs at least one symbol, such as ! or #."),
                (nameof(PasswordChange.ConfirmPassword), "The two passwords do not match."),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }
}

using ClimbClub.Core.SignUp;

namespace ClimbClub.Tests.Core;

/// <summary>The mailed sign-up code: how it is drawn, stored as a salted hash, and recognised when typed back.</summary>
public sealed class VerificationCodeTests
{
    private const int Draws = 2000;

    [Fact]
    public void EveryCodeIsSixAsciiDigits()
    {
        for (var i = 0; i < Draws; i++)
        {
            var code = VerificationCode.Generate();

            Assert.Equal(6, code.Length);
            Assert.All(code, c => Assert.True(char.IsAsciiDigit(c), $"'{code}' has a character that is not a digit 0-9."));
        }
    }

    [Fact]
    public void CodesAreSpreadOverAllSixDigitNumbers()
    {
        var codes = Enumerable.Range(0, Draws).Select(_ => VerificationCode.Generate()).ToList();

        // Two thousand draws from a million codes almost never repeat; a constant or narrow generator would.
        Assert.True(codes.Distinct().Count() > Draws * 99 / 100, "Codes repeat far more often than chance allows.");
        // Every leading digit, 0 included, turns up: small numbers are padded, not shortened.
        Assert.Equal("0123456789", string.Concat(codes.Select(c => c[0]).Distinct().Order()));
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("123 456")]
    [InlineData("123-456")]
    [InlineData(" 12 34 56 ")]
    public void TheMailedCodeMatchesItsStoredHashHoweverItIsTyped(string typed)
    {
        var salt = VerificationCode.NewSalt();
        var stored = VerificationCode.Hash("123456", salt);

        Assert.True(VerificationCode.Matches(typed, salt, stored));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123457")]
    [InlineData("654321")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    public void AnyOtherCodeDoesNotMatch(string? typed)
    {
        var salt = VerificationCode.NewSalt();
        var stored = VerificationCode.Hash("123456", salt);

        Assert.False(VerificationCode.Matches(typed, salt, stored));
    }

    [Fact]
    public void TheRightCodeWithAnotherSaltDoesNotMatch()
    {
        var stored = VerificationCode.Hash("123456", VerificationCode.NewSalt());

        Assert.False(VerificationCode.Matches("123456", VerificationCode.NewSalt(), stored));
    }

    [Fact]
    public void TheSameCodeHashesDifferentlyUnderEachNewSalt()
    {
        var first = VerificationCode.NewSalt();
        var second = VerificationCode.NewSalt();

        Assert.Equal(16, first.Length);
        Assert.NotEqual(first, second);
        Assert.NotEqual(VerificationCode.Hash("123456", first), VerificationCode.Hash("123456", second));
    }

    [Fact]
    public void TheHashIsPbkdf2OfTheCodeSoCodesAlreadyMailedKeepMatching()
    {
        // PBKDF2-HMAC-SHA256, 20,000 rounds, 32 bytes, computed independently (Python's hashlib.pbkdf2_hmac).
        byte[] salt = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

        Assert.Equal("437DBB1231A338815F7E94DB9542B7C5EB954B190B236A5E185740E4F267329D", Convert.ToHexString(VerificationCode.Hash("123456", salt)));
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData("000000", "000000")]
    [InlineData("123 456", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("12-34-56", "123456")]
    [InlineData(" 1 2 3 4 5 6 ", "123456")]
    [InlineData("--123456--", "123456")]
    public void SpacesAndDashesAreDroppedFromATypedCode(string typed, string code)
    {
        Assert.Equal(code, VerificationCode.Normalize(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("123 45")]
    [InlineData("12a456")]
    [InlineData("123_456")]
    [InlineData("123\t456")]
    [InlineData("123456\n")]
    [InlineData("١٢٣٤٥٦")]
    [InlineData("１２３４５６")]
    public void ATypedCodeThatIsNotSixDigitsNormalizesToNothing(string? typed)
    {
        Assert.Null(VerificationCode.Normalize(typed));
    }
}

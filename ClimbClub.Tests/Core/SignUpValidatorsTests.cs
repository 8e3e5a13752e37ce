using ClimbClub.Core.SignUp;

namespace ClimbClub.Tests.Core;

/// <summary>The three sign-up steps: the address, the mailed code, then details and password.</summary>
public sealed class SignUpValidatorsTests
{
    private const string NotAnEmail = "That does not look like an email address (for example name@example.com).";

    private readonly EmailStepValidator emailStep = new(CoreText.Localizer);
    private readonly CodeStepValidator codeStep = new(CoreText.Localizer);
    private readonly SignUpDetailsValidator detailsStep = new(CoreText.Localizer);

    public static TheoryData<string> AcceptedEmails => new()
    {
        "a@b.co",
        "first.last+tag@uni.ac.kr",
        "Minji.Kim@Uni.AC.KR",
        "  minji@uni.test  ",
        EmailAddressesTests.AddressOfLength(254),
    };

    public static TheoryData<string> MalformedEmails => new()
    {
        "no-at",
        "a@b",
        "a@@b.com",
        "a b@c.com",
        "<a@b.com>",
        "a@b.com, c@d.com",
        "a@b.com;c@d.com",
        "Name <a@b.com>",
        "\"Name\" a@b.com",
        "a@-b.com",
        "a@b-.com",
        "a@uni.-ac.kr",
        "a@b..com",
        "a@b.com.",
        "@b.com",
        "a@",
        "a\u0000@b.com",
    };

    [Theory]
    [MemberData(nameof(AcceptedEmails))]
    public void AWellFormedAddressGetsACode(string email)
    {
        Assert.Empty(emailStep.Check(new EmailStep { Email = email }));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void AnEmptyAddressIsAskedFor(string email)
    {
        CoreText.AssertRefused(emailStep.Check(new EmailStep { Email = email }), nameof(EmailStep.Email), "Enter your email address.");
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    public void AnAddressLongerThan254CharactersIsTooLong(int length)
    {
        CoreText.AssertRefused(
            emailStep.Check(new EmailStep { Email = EmailAddressesTests.AddressOfLength(length) }),
            nameof(EmailStep.Email),
            "An email address has at most 254 characters.");
    }

    [Theory]
    [MemberData(nameof(MalformedEmails))]
    public void AMalformedAddressIsRefused(string email)
    {
        CoreText.AssertRefused(emailStep.Check(new EmailStep { Email = email }), nameof(EmailStep.Email), NotAnEmail);
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("000000")]
    [InlineData("123 456")]
    [InlineData("123-456")]
    [InlineData("12-34-56")]
    [InlineData(" 123456 ")]
    public void ASixDigitCodeIsAcceptedAsPeopleCopyIt(string code)
    {
        Assert.Empty(codeStep.Check(new CodeStep { Code = code }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyCodeIsAskedFor(string code)
    {
        CoreText.AssertRefused(codeStep.Check(new CodeStep { Code = code }), nameof(CodeStep.Code), "Enter the code from the email.");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("123 45")]
    [InlineData("12a456")]
    [InlineData("abcdef")]
    [InlineData("123_456")]
    [InlineData("123.456")]
    [InlineData("123\t456")]
    [InlineData("١٢٣٤٥٦")]
    [InlineData("１２３４５６")]
    public void ACodeThatIsNotSixDigitsIsRefused(string code)
    {
        CoreText.AssertRefused(codeStep.Check(new CodeStep { Code = code }), nameof(CodeStep.Code), "The code has 6 digits.");
    }

    [Fact]
    public void CompleteDetailsWithAMatchingPasswordPass()
    {
        Assert.Empty(detailsStep.Check(Details()));
    }

    [Fact]
    public void TheDetailsStepKeepsTheMemberDetailsRules()
    {
        var details = Details();
        details.DisplayName = "a";

        CoreText.AssertRefused(detailsStep.Check(details), nameof(SignUpDetails.DisplayName), "A name has 2 to 20 characters.");
    }

    [Fact]
    public void TheDetailsStepKeepsThePasswordPolicy()
    {
        var details = Details(password: "Boulder-", confirmation: "Boulder-");

        CoreText.AssertRefused(detailsStep.Check(details), nameof(SignUpDetails.Password), "A password needs at least one digit.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Boulder-2026")]
    [InlineData("boulder-2026!")]
    [InlineData("Boulder-2026! ")]
    public void AConfirmationThatDiffersFromThePasswordIsRefused(string confirmation)
    {
        CoreText.AssertRefused(
            detailsStep.Check(Details(confirmation: confirmation)),
            nameof(SignUpDetails.ConfirmPassword),
            "The two passwords do not match.");
    }

    [Fact]
    public void ABlankDetailsStepReportsEveryMissingAnswer()
    {
        var errors = detailsStep.Check(new SignUpDetails());

        Assert.Equal(
            [
                nameof(SignUpDetails.DisplayName),
                nameof(SignUpDetails.GenerationId),
                nameof(SignUpDetails.HomeGymId),
                nameof(SignUpDetails.LevelColourId),
                nameof(SignUpDetails.Password),
            ],
            errors.Select(e => e.Field));
        Assert.Equal("Choose a password.", errors[^1].Message);
    }

    private static SignUpDetails Details(string password = "Boulder-2026!", string? confirmation = null) => new()
    {
        DisplayName = "김민지",
        GenerationId = 1,
        HomeGymId = 1,
        LevelColourId = 4,
        Avatar = "moon",
        Introduction = "Slab lover.",
        Password = password,
        ConfirmPassword = confirmation ?? password,
    };
}

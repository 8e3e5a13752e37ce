using ClimbClub.Core.Members;

namespace ClimbClub.Tests.Core;

/// <summary>What a member may say about themselves, at sign-up and on their profile.</summary>
public sealed class MemberDetailsValidatorTests
{
    private readonly MemberDetailsValidator validator = new(CoreText.Localizer);

    public static TheoryData<string> AcceptedNames => new()
    {
        "김민지",
        "클라이머123",
        "민지",
        "ab",
        new string('a', 20),
        new string('김', 20),
        "Min-ji O'Neil",
        "jean_luc.p",
        "Ana María",
        "Ελένη",
        "Łukasz 2",
        // An accent typed as a combining mark is part of its letter, so 20 such letters are 20 characters.
        "Jose\u0301",
        string.Concat(Enumerable.Repeat("e\u0301", 20)),
        // Hangul typed as separate jamo (some keyboards do this) counts by syllable: 각나 is two.
        "\u1100\u1161\u11A8\u1102\u1161",
        // Marks are allowed up to what the name's storage holds: 80 UTF-16 units.
        "a" + new string('\u0301', 39) + "b" + new string('\u0301', 39),
    };

    public static TheoryData<string, string> RefusedNames => new()
    {
        { "", "Enter the name other members will see." },
        { "   ", "Enter the name other members will see." },
        { " 김민지", "A name cannot start or end with a space." },
        { "김민지 ", "A name cannot start or end with a space." },
        { "a", "A name has 2 to 20 characters." },
        { "김", "A name has 2 to 20 characters." },
        { "e\u0301", "A name has 2 to 20 characters." },
        { new string('a', 21), "A name has 2 to 20 characters." },
        { new string('김', 21), "A name has 2 to 20 characters." },
        { string.Concat(Enumerable.Repeat("e\u0301", 21)), "A name has 2 to 20 characters." },
        // Two letters under a pile of marks look short but do not fit where names are stored.
        { "a" + new string('\u0301', 39) + "b" + new string('\u0301', 40), "A name has 2 to 20 characters." },
        { "ab" + new string('\u0301', 100), "A name has 2 to 20 characters." },
        { "climber😀", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "민지🧗", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "<script>", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "<b>민지</b>", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "★민지★", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "min@ji", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "a&b", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "민\t지", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "a\u0000b", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "a\u200Bb", "letters (Hangul too), digits, spaces and - _ . ' only" },
        { "12345", "A name needs at least one letter." },
        { "2026", "A name needs at least one letter." },
        { "12-34", "A name needs at least one letter." },
    };

    [Fact]
    public void CompleteDetailsPass()
    {
        Assert.Empty(validator.Check(Details()));
    }

    [Fact]
    public void ABlankFormAsksForTheNameGenerationGymAndLevel()
    {
        var errors = validator.Check(new MemberDetails());

        Assert.Equal(
            [nameof(MemberDetails.DisplayName), nameof(MemberDetails.GenerationId), nameof(MemberDetails.HomeGymId), nameof(MemberDetails.LevelColourId)],
            errors.Select(e => e.Field));
    }

    [Fact]
    public void EachFieldReportsOnlyItsFirstProblem()
    {
        var details = new MemberDetails
        {
            DisplayName = " a",
            GenerationId = 0,
            HomeGymId = -1,
            LevelColourId = 0,
            Avatar = "dragon",
            Introduction = new string('\u0007', 501),
        };

        var errors = validator.Check(details);

        Assert.Equal(
            [
                (nameof(MemberDetails.DisplayName), "A name cannot start or end with a space."),
                (nameof(MemberDetails.GenerationId), "Choose your generation."),
                (nameof(MemberDetails.HomeGymId), "Choose your home gym."),
                (nameof(MemberDetails.LevelColourId), "Choose your current level."),
                (nameof(MemberDetails.Avatar), "Choose one of the avatars shown."),
                (nameof(MemberDetails.Introduction), "An introduction has at most 500 characters."),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Theory]
    [MemberData(nameof(AcceptedNames))]
    public void LettersOfAnyScriptWithDigitsAndJoinersMakeAName(string name)
    {
        Assert.Empty(validator.Check(Details(name: name)));
    }

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void ANameOutsideTheRulesIsRefusedWithTheReason(string name, string words)
    {
        CoreText.AssertRefused(validator.Check(Details(name: name)), nameof(MemberDetails.DisplayName), words);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void AGenerationMustBeChosen(int id)
    {
        var details = Details();
        details.GenerationId = id;

        CoreText.AssertRefused(validator.Check(details), nameof(MemberDetails.GenerationId), "Choose your generation.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void AHomeGymMustBeChosen(int id)
    {
        var details = Details();
        details.HomeGymId = id;

        CoreText.AssertRefused(validator.Check(details), nameof(MemberDetails.HomeGymId), "Choose your home gym.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void ALevelMustBeChosen(int id)
    {
        var details = Details();
        details.LevelColourId = id;

        CoreText.AssertRefused(validator.Check(details), nameof(MemberDetails.LevelColourId), "Choose your current level.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("dragon")]
    [InlineData("Moon")]
    [InlineData(" moon")]
    [InlineData("moon.svg")]
    [InlineData("../moon")]
    public void AnAvatarThatIsNotOfferedIsRefused(string avatar)
    {
        var details = Details();
        details.Avatar = avatar;

        CoreText.AssertRefused(validator.Check(details), nameof(MemberDetails.Avatar), "Choose one of the avatars shown.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Slab lover.\nTuesdays at Riverside.\r\n\tSee you there!")]
    public void AnIntroductionMayBeMissingOrSpanSeveralLines(string? introduction)
    {
        Assert.Empty(validator.Check(Details(introduction: introduction)));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('가')]
    public void AnIntroductionOf500CharactersFits(char letter)
    {
        Assert.Empty(validator.Check(Details(introduction: new string(letter, 500))));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('가')]
    public void AnIntroductionOf501CharactersIsTooLong(char letter)
    {
        CoreText.AssertRefused(
            validator.Check(Details(introduction: new string(letter, 501))),
            nameof(MemberDetails.Introduction),
            "An introduction has at most 500 characters.");
    }

    [Theory]
    [InlineData("Hello\u0000")]
    [InlineData("Ding\u0007")]
    [InlineData("\u001b[31mRed")]
    [InlineData("Delete\u007f")]
    [InlineData("Next\u0085line")]
    public void AnIntroductionWithControlCharactersIsRefused(string introduction)
    {
        CoreText.AssertRefused(
            validator.Check(Details(introduction: introduction)),
            nameof(MemberDetails.Introduction),
            "The introduction contains characters that cannot be shown.");
    }

    private static MemberDetails Details(string name = "김민지", string? introduction = "Slab lover.") => new()
    {
        DisplayName = name,
        GenerationId = 1,
        HomeGymId = 1,
        LevelColourId = 4,
        Avatar = "moon",
        Introduction = introduction,
    };
}

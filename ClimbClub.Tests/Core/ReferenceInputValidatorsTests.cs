using ClimbClub.Core.Reference;

namespace ClimbClub.Tests.Core;

/// <summary>What admins may enter for generations, gyms and difficulty colours.</summary>
public sealed class ReferenceInputValidatorsTests
{
    private const string NameCharacters = "A name cannot contain control characters or < or >.";

    private static readonly DateOnly March1 = new(2026, 3, 1);

    private readonly GenerationInputValidator generations = new(CoreText.Localizer);
    private readonly GymInputValidator gyms = new(CoreText.Localizer);
    private readonly ColourInputValidator colours = new(CoreText.Localizer);

    [Fact]
    public void AYearLongGenerationPasses()
    {
        Assert.Empty(generations.Check(Generation()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(999)]
    public void AGenerationNumberFrom1To999IsAccepted(int number)
    {
        var input = Generation();
        input.Number = number;

        Assert.Empty(generations.Check(input));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1000)]
    public void AGenerationNumberOutside1To999IsRefused(int number)
    {
        var input = Generation();
        input.Number = number;

        CoreText.AssertRefused(generations.Check(input), nameof(GenerationInput.Number), "A generation number is a whole number from 1 to 999.");
    }

    [Fact]
    public void AGenerationNeedsAFirstDay()
    {
        var input = Generation();
        input.StartDate = null;

        CoreText.AssertRefused(generations.Check(input), nameof(GenerationInput.StartDate), "Enter the first day of the generation.");
    }

    [Fact]
    public void AGenerationNeedsALastDay()
    {
        var input = Generation();
        input.EndDate = null;

        CoreText.AssertRefused(generations.Check(input), nameof(GenerationInput.EndDate), "Enter the last day of the generation.");
    }

    [Fact]
    public void AGenerationWithNoDatesAsksForBoth()
    {
        var input = Generation();
        input.StartDate = null;
        input.EndDate = null;

        Assert.Equal(
            [nameof(GenerationInput.StartDate), nameof(GenerationInput.EndDate)],
            generations.Check(input).Select(e => e.Field));
    }

    [Fact]
    public void AGenerationCannotEndBeforeItStarts()
    {
        CoreText.AssertRefused(
            generations.Check(Generation(end: March1.AddDays(-1))),
            nameof(GenerationInput.EndDate),
            "The last day cannot be before the first day.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(729)]
    [InlineData(730)]
    public void AGenerationOfOneDayUpTo731DaysIsAccepted(int lastDayOffset)
    {
        Assert.Empty(generations.Check(Generation(end: March1.AddDays(lastDayOffset))));
    }

    [Fact]
    public void TwoAcademicYearsAcrossALeapDayFit()
    {
        Assert.Empty(generations.Check(Generation(end: new DateOnly(2028, 2, 29))));
    }

    [Theory]
    [InlineData(731)]
    [InlineData(3650)]
    public void AGenerationLongerThan731DaysIsRefused(int lastDayOffset)
    {
        CoreText.AssertRefused(
            generations.Check(Generation(end: March1.AddDays(lastDayOffset))),
            nameof(GenerationInput.EndDate),
            "A generation lasts at most two years.");
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("더클라임 강남")]
    [InlineData("Riverside Boulders (North)")]
    public void AGymNameOf2To60CharactersIsAccepted(string name)
    {
        Assert.Empty(gyms.Check(new GymInput { Name = name }));
    }

    [Fact]
    public void AGymNameOf60CharactersIsAccepted()
    {
        Assert.Empty(gyms.Check(new GymInput { Name = new string('g', 60) }));
    }

    [Theory]
    [InlineData("", "Enter the gym's name.")]
    [InlineData("   ", "Enter the gym's name.")]
    [InlineData("A", "A gym name has 2 to 60 characters.")]
    [InlineData(" A ", "A gym name has 2 to 60 characters.")]
    [InlineData("<b>Gym</b>", NameCharacters)]
    [InlineData("Gym\u0000", NameCharacters)]
    public void ABadGymNameIsRefusedWithTheReason(string name, string words)
    {
        CoreText.AssertRefused(gyms.Check(new GymInput { Name = name }), nameof(GymInput.Name), words);
    }

    [Fact]
    public void AGymNameOf61CharactersIsTooLong()
    {
        CoreText.AssertRefused(gyms.Check(new GymInput { Name = new string('g', 61) }), nameof(GymInput.Name), "A gym name has 2 to 60 characters.");
    }

    [Theory]
    [InlineData("Red", "#12ABef")]
    [InlineData("빨강", "#E53935")]
    [InlineData("W", "#ffffff")]
    [InlineData("123456789012345678901234567890", "#000000")]
    public void AColourWithANameAndAHexValueIsAccepted(string name, string displayColor)
    {
        Assert.Empty(colours.Check(new ColourInput { Name = name, DisplayColor = displayColor }));
    }

    [Theory]
    [InlineData("", "Enter the colour's name.")]
    [InlineData("  ", "Enter the colour's name.")]
    [InlineData("1234567890123456789012345678901", "A colour name has at most 30 characters.")]
    [InlineData("<i>Red</i>", NameCharacters)]
    [InlineData("Red\u0007", NameCharacters)]
    public void ABadColourNameIsRefusedWithTheReason(string name, string words)
    {
        CoreText.AssertRefused(colours.Check(new ColourInput { Name = name, DisplayColor = "#E53935" }), nameof(ColourInput.Name), words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12ABEF")]
    [InlineData("#12ABE")]
    [InlineData("#12ABEF0")]
    [InlineData("#12ABEG")]
    [InlineData("red")]
    [InlineData("#FFF")]
    [InlineData(" #12ABEF")]
    [InlineData("#12ABEF ")]
    [InlineData("#12ABEF\n")]
    [InlineData("rgb(1,2,3)")]
    public void ADisplayColourThatIsNotHashAndSixHexDigitsIsRefused(string displayColor)
    {
        CoreText.AssertRefused(
            colours.Check(new ColourInput { Name = "Red", DisplayColor = displayColor }),
            nameof(ColourInput.DisplayColor),
            "Pick a display colour (#RRGGBB).");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("7")]
    [InlineData("100")]
    public void ColourPointsFromZeroToAHundredInHalvesAreAccepted(string points)
    {
        Assert.Empty(colours.Check(new ColourInput { Name = "Red", Points = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("0.25")]
    [InlineData("100.5")]
    public void ColourPointsOutsideTheRangeOrNotInHalvesAreRefused(string points)
    {
        CoreText.AssertRefused(
            colours.Check(new ColourInput { Name = "Red", Points = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture) }),
            nameof(ColourInput.Points),
            "between 0 and 100, in steps of 0.5");
    }

    [Fact]
    public void AScoringRuleThatDoesNotExistIsRefused()
    {
        var generation = Generation();
        generation.ScoringRule = (ClimbClub.Core.Scoring.ScoringRuleKind)7;

        CoreText.AssertRefused(generations.Check(generation), nameof(GenerationInput.ScoringRule), "Choose one of the scoring rules.");
    }

    private static GenerationInput Generation(DateOnly? end = null) => new()
    {
        Number = 12,
        StartDate = March1,
        EndDate = end ?? new DateOnly(2027, 2, 28),
    };
}

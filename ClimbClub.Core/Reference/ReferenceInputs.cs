using System.Text.RegularExpressions;
using ClimbClub.Core.Scoring;
using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Reference;

public sealed class GenerationInput
{
    public const int MaxNumber = 999;
    public const int MaxDays = 731;

    public int Number { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public ScoringRuleKind ScoringRule { get; set; } = ScoringRuleKind.RelativeToLevel;
}

/// <summary>Checks one generation on its own; overlap with the others is checked where all are known.</summary>
public sealed class GenerationInputValidator : ClubValidator<GenerationInput>
{
    public GenerationInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Number).InclusiveBetween(1, GenerationInput.MaxNumber)
            .WithMessage(_ => Text["GenerationNumberRange", 1, GenerationInput.MaxNumber]);
        RuleFor(x => x.StartDate).NotNull().WithMessage(_ => Text["GenerationStartRequired"]);
        RuleFor(x => x.ScoringRule).IsInEnum().WithMessage(_ => Text["ScoringRuleUnknown"]);
        RuleFor(x => x.EndDate)
            .NotNull().WithMessage(_ => Text["GenerationEndRequired"])
            .Must((g, end) => g.StartDate is null || end >= g.StartDate).WithMessage(_ => Text["GenerationEndBeforeStart"])
            .Must((g, end) => g.StartDate is null || end!.Value.DayNumber - g.StartDate.Value.DayNumber < GenerationInput.MaxDays)
            .WithMessage(_ => Text["GenerationTooLong"]);
    }
}

public sealed class GymInput
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 60;

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;
}

public sealed class GymInputValidator : ClubValidator<GymInput>
{
    public GymInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Name)
            .NotEmpty().WithMessage(_ => Text["GymNameRequired"])
            .Must(n => n.Trim().Length is >= GymInput.NameMinLength and <= GymInput.NameMaxLength)
            .WithMessage(_ => Text["GymNameLength", GymInput.NameMinLength, GymInput.NameMaxLength])
            .Must(n => TextRules.HasNoControlCharacters(n) && TextRules.HasNoMarkup(n)).WithMessage(_ => Text["NameCharacters"]);
    }
}

public sealed partial class ColourInput
{
    public const int NameMaxLength = 30;
    public const decimal MaxPoints = 100;

    public string Name { get; set; } = "";

    public string DisplayColor { get; set; } = "#9E9E9E";

    /// <summary>Points per problem under the points-per-colour rule: 0 to 100 in steps of 0.5.</summary>
    public decimal Points { get; set; } = 1;

    public static bool IsHexColour(string? value) => value is not null && HexColour().IsMatch(value);

    // \z, not $: $ also matches before a trailing newline, which would let "#12ABEF\n" through.
    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}\z")]
    private static partial Regex HexColour();
}

public sealed class ColourInputValidator : ClubValidator<ColourInput>
{
    public ColourInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Name)
            .NotEmpty().WithMessage(_ => Text["ColourNameRequired"])
            .Must(n => n.Trim().Length is > 0 and <= ColourInput.NameMaxLength)
            .WithMessage(_ => Text["ColourNameLength", ColourInput.NameMaxLength])
            .Must(n => TextRules.HasNoControlCharacters(n) && TextRules.HasNoMarkup(n)).WithMessage(_ => Text["NameCharacters"]);
        RuleFor(x => x.DisplayColor).Must(ColourInput.IsHexColour).WithMessage(_ => Text["ColourDisplayInvalid"]);
        RuleFor(x => x.Points)
            .Must(p => p is >= 0 and <= ColourInput.MaxPoints && p * 2 == decimal.Truncate(p * 2))
            .WithMessage(_ => Text["ColourPointsRange", ColourInput.MaxPoints]);
    }
}

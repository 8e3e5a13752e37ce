using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Challenges;

/// <summary>An officer creating or changing a challenge.</summary>
public sealed class ChallengeInput
{
    public const int TitleMinLength = 3;
    public const int TitleMaxLength = 80;
    public const int DescriptionMaxLength = 1000;
    public const int MaxTarget = 100_000;
    public const int MaxMemberLimit = 10_000;
    public const int MaxDays = 366;

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public ChallengeGoalKind GoalKind { get; set; } = ChallengeGoalKind.Problems;

    public int Target { get; set; } = 20;

    /// <summary>The colour (by id) whose level and harder count, for a problems goal.</summary>
    public int? ColourId { get; set; }

    public int? MemberLimit { get; set; }
}

public sealed class ChallengeInputValidator : ClubValidator<ChallengeInput>
{
    public ChallengeInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length >= ChallengeInput.TitleMinLength && t.Trim().Length <= ChallengeInput.TitleMaxLength)
            .WithMessage(_ => Text["ChallengeTitleLength", ChallengeInput.TitleMinLength, ChallengeInput.TitleMaxLength])
            .Must(t => TextRules.HasNoControlCharacters(t) && TextRules.HasNoMarkup(t)).WithMessage(_ => Text["NameCharacters"]);
        RuleFor(x => x.Description)
            .MaximumLength(ChallengeInput.DescriptionMaxLength).WithMessage(_ => Text["ChallengeDescriptionLength", ChallengeInput.DescriptionMaxLength])
            .Must(d => TextRules.HasNoControlCharacters(d, allowLineBreaks: true)).WithMessage(_ => Text["ReasonCharacters"]);
        RuleFor(x => x.StartDate).NotNull().WithMessage(_ => Text["ChallengeStartRequired"]);
        RuleFor(x => x.EndDate)
            .NotNull().WithMessage(_ => Text["ChallengeEndRequired"])
            .Must((c, end) => c.StartDate is null || end >= c.StartDate).WithMessage(_ => Text["ChallengeEndBeforeStart"])
            .Must((c, end) => c.StartDate is null || end!.Value.DayNumber - c.StartDate.Value.DayNumber < ChallengeInput.MaxDays)
            .WithMessage(_ => Text["ChallengeTooLong", ChallengeInput.MaxDays]);
        RuleFor(x => x.GoalKind).IsInEnum().WithMessage(_ => Text["ChallengeGoalUnknown"]);
        RuleFor(x => x.Target).InclusiveBetween(1, ChallengeInput.MaxTarget).WithMessage(_ => Text["ChallengeTargetRange", 1, ChallengeInput.MaxTarget]);
        RuleFor(x => x.ColourId)
            .NotNull().When(x => x.GoalKind == ChallengeGoalKind.Problems).WithMessage(_ => Text["ChallengeColourRequired"]);
        RuleFor(x => x.MemberLimit)
            .InclusiveBetween(1, ChallengeInput.MaxMemberLimit).When(x => x.MemberLimit is not null)
            .WithMessage(_ => Text["ChallengeLimitRange", 1, ChallengeInput.MaxMemberLimit]);
    }
}

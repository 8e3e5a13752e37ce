using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Members;

/// <summary>What a member tells the club about themselves; chosen at sign-up and editable later.</summary>
public class MemberDetails
{
    public const int IntroductionMaxLength = 500;

    public string DisplayName { get; set; } = "";

    public int GenerationId { get; set; }

    public int HomeGymId { get; set; }

    public int LevelColourId { get; set; }

    public string Avatar { get; set; } = Avatars.Default;

    public string? Introduction { get; set; }
}

public sealed class MemberDetailsValidator : ClubValidator<MemberDetails>
{
    public MemberDetailsValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.DisplayName)
            .NotEmpty().WithMessage(_ => Text["DisplayNameRequired"])
            .Must(DisplayNames.IsTrimmed).WithMessage(_ => Text["DisplayNameSpaces"])
            .Must(n => n.Length <= DisplayNames.MaxStoredLength && DisplayNames.Length(n) is >= DisplayNames.MinLength and <= DisplayNames.MaxLength)
            .WithMessage(_ => Text["DisplayNameLength", DisplayNames.MinLength, DisplayNames.MaxLength])
            .Must(DisplayNames.HasOnlyAllowedCharacters).WithMessage(_ => Text["DisplayNameCharacters"])
            .Must(DisplayNames.HasLetter).WithMessage(_ => Text["DisplayNameLetter"]);
        RuleFor(x => x.GenerationId).GreaterThan(0).WithMessage(_ => Text["GenerationRequired"]);
        RuleFor(x => x.HomeGymId).GreaterThan(0).WithMessage(_ => Text["GymRequired"]);
        RuleFor(x => x.LevelColourId).GreaterThan(0).WithMessage(_ => Text["LevelRequired"]);
        RuleFor(x => x.Avatar).Must(Avatars.IsKnown).WithMessage(_ => Text["AvatarUnknown"]);
        RuleFor(x => x.Introduction)
            .MaximumLength(MemberDetails.IntroductionMaxLength).WithMessage(_ => Text["IntroductionTooLong", MemberDetails.IntroductionMaxLength])
            .Must(i => TextRules.HasNoControlCharacters(i, allowLineBreaks: true)).WithMessage(_ => Text["IntroductionCharacters"]);
    }
}

using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Members;

/// <summary>An admin turning down a sign-up; the reason is mailed to the applicant.</summary>
public sealed class Rejection
{
    public const int ReasonMaxLength = 500;

    public string? Reason { get; set; }
}

public sealed class RejectionValidator : ClubValidator<Rejection>
{
    public RejectionValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Reason)
            .MaximumLength(Rejection.ReasonMaxLength).WithMessage(_ => Text["ReasonTooLong", Rejection.ReasonMaxLength])
            .Must(r => TextRules.HasNoControlCharacters(r, allowLineBreaks: true)).WithMessage(_ => Text["ReasonCharacters"]);
    }
}

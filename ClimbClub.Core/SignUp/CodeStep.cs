using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.SignUp;

/// <summary>Second step of sign-up: the code from the mail.</summary>
public sealed class CodeStep
{
    public string Code { get; set; } = "";
}

public sealed class CodeStepValidator : ClubValidator<CodeStep>
{
    public CodeStepValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Code)
            .NotEmpty().WithMessage(_ => Text["CodeRequired"])
            .Must(c => VerificationCode.Normalize(c) is not null).WithMessage(_ => Text["CodeFormat", VerificationCode.Length]);
    }
}

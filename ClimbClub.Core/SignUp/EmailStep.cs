using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.SignUp;

/// <summary>First step of sign-up: the address the code goes to.</summary>
public sealed class EmailStep
{
    public string Email { get; set; } = "";
}

public sealed class EmailStepValidator : ClubValidator<EmailStep>
{
    public EmailStepValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage(_ => Text["EmailRequired"])
            .MaximumLength(EmailAddresses.MaxLength).WithMessage(_ => Text["EmailTooLong", EmailAddresses.MaxLength])
            .Must(EmailAddresses.IsValid).WithMessage(_ => Text["EmailInvalid"]);
    }
}

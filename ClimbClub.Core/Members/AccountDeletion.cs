using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Members;

/// <summary>A member confirming with their password that their account and everything in it should go.</summary>
public sealed class AccountDeletion
{
    public string Password { get; set; } = "";
}

public sealed class AccountDeletionValidator : ClubValidator<AccountDeletion>
{
    public AccountDeletionValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => Text["ConfirmWithPassword"]);
    }
}

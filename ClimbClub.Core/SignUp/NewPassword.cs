using System.Linq.Expressions;
using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.SignUp;

/// <summary>The rules every new password meets, wherever it is chosen.</summary>
public static class NewPasswordRules
{
    public static void ForNewPassword<T>(
        this AbstractValidator<T> validator,
        IStringLocalizer<ValidationText> text,
        Expression<Func<T, string>> password,
        Expression<Func<T, string>> confirmation)
    {
        validator.RuleFor(password)
            .NotEmpty().WithMessage(_ => text["PasswordRequired"])
            .MinimumLength(PasswordRules.MinLength).WithMessage(_ => text["PasswordLength", PasswordRules.MinLength])
            .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => text["PasswordTooLong", PasswordRules.MaxLength])
            .Must(PasswordRules.HasLetter).WithMessage(_ => text["PasswordLetter"])
            .Must(PasswordRules.HasDigit).WithMessage(_ => text["PasswordDigit"])
            .Must(PasswordRules.HasSymbol).WithMessage(_ => text["PasswordSymbol"]);

        var passwordOf = password.Compile();
        validator.RuleFor(confirmation)
            .Must((input, confirmed) => confirmed == passwordOf(input)).WithMessage(_ => text["ConfirmPasswordMismatch"]);
    }
}

/// <summary>A signed-in member changing their password.</summary>
public sealed class PasswordChange
{
    public string CurrentPassword { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

public sealed class PasswordChangeValidator : ClubValidator<PasswordChange>
{
    public PasswordChangeValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => Text["CurrentPasswordRequired"]);
        this.ForNewPassword(text, x => x.NewPassword, x => x.ConfirmPassword);
    }
}

/// <summary>Someone who forgot their password choosing a new one from the mailed link (the link carries the proof).</summary>
public sealed class PasswordReset
{
    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

public sealed class PasswordResetValidator : ClubValidator<PasswordReset>
{
    public PasswordResetValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        this.ForNewPassword(text, x => x.NewPassword, x => x.ConfirmPassword);
    }
}

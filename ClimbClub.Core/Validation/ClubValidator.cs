using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Validation;

/// <summary>Base of the club's validators: stops at the first problem of each field and words messages through the localizer.</summary>
public abstract class ClubValidator<T> : AbstractValidator<T>
{
    protected ClubValidator(IStringLocalizer<ValidationText> text)
    {
        Text = text;
        RuleLevelCascadeMode = CascadeMode.Stop;
    }

    protected IStringLocalizer<ValidationText> Text { get; }

    /// <summary>The validation failures as <see cref="OutcomeError"/>s; empty when the input is valid.</summary>
    public IReadOnlyList<OutcomeError> Check(T input) =>
        Validate(input).Errors.Select(e => new OutcomeError(e.ErrorMessage, e.PropertyName)).ToList();
}

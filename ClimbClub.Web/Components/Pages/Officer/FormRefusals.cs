using ClimbClub.Core;
using ClimbClub.Web.Components.Shared;

namespace ClimbClub.Web.Components.Pages.Officer;

/// <summary>A service refusing an officer's form: errors about the form's own inputs go beside them, the rest above its buttons.</summary>
internal static class FormRefusals
{
    /// <summary>Shows the errors of <paramref name="fields"/> on the form and returns the others as one message (null if none).</summary>
    public static string? ShowOn<TModel>(this Outcome outcome, FluentValidator<TModel>? validator, params string[] fields)
    {
        bool OnForm(OutcomeError error) => error.Field is { } field && fields.Contains(field);
        validator?.Show(outcome.Errors.Where(OnForm));
        var rest = string.Join(" ", outcome.Errors.Where(e => !OnForm(e)).Select(e => e.Message));
        return rest.Length == 0 ? null : rest;
    }
}

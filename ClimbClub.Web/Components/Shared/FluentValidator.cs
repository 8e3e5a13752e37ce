using ClimbClub.Core;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace ClimbClub.Web.Components.Shared;

/// <summary>
/// Connects an EditForm to a FluentValidation validator from Core, so forms show the same messages the services
/// enforce. Also lets a page show the errors of a service <see cref="Outcome"/> next to the fields they name.
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
{
    private ValidationMessageStore? messages;
    private EditContext? subscribedContext;

    [CascadingParameter]
    private EditContext EditContext { get; set; } = default!;

    [Parameter, EditorRequired]
    public IValidator<TModel> Validator { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(subscribedContext, EditContext))
        {
            return;
        }

        Detach();
        subscribedContext = EditContext;
        messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateModel;
        EditContext.OnFieldChanged += ValidateField;
    }

    /// <summary>Shows a service's errors on the form: field errors beside their inputs, the rest in the summary.</summary>
    public void Show(IEnumerable<OutcomeError> errors)
    {
        if (messages is null)
        {
            return;
        }

        foreach (var error in errors)
        {
            messages.Add(EditContext.Field(error.Field ?? ""), error.Message);
        }

        EditContext.NotifyValidationStateChanged();
    }

    public void Dispose() => Detach();

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        messages!.Clear();
        foreach (var failure in Validator.Validate((TModel)EditContext.Model).Errors)
        {
            messages.Add(EditContext.Field(failure.PropertyName), failure.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        messages!.Clear(field);
        var context = ValidationContext<TModel>.CreateWithOptions((TModel)EditContext.Model, o => o.IncludeProperties(field.FieldName));
        foreach (var failure in Validator.Validate(context).Errors)
        {
            messages.Add(field, failure.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
    }

    private void Detach()
    {
        if (subscribedContext is not null)
        {
            subscribedContext.OnValidationRequested -= ValidateModel;
            subscribedContext.OnFieldChanged -= ValidateField;
            messages?.Clear();
        }
    }
}

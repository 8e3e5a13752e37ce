namespace ClimbClub.Core.Validation;

/// <summary>Marker for the validation messages resource (ValidationText.resx).</summary>
public sealed class ValidationText;

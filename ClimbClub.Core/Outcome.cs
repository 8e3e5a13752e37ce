namespace ClimbClub.Core;

/// <summary>What kind of failure an operation met, so callers can react (and tests can assert) without parsing text.</summary>
public enum OutcomeKind
{
    Ok,
    Invalid,
    Denied,
    NotFound,
    Conflict,
}

/// <summary>One problem with a request. <see cref="Field"/> names the input it belongs to, when there is one.</summary>
public sealed record OutcomeError(string Message, string? Field = null);

/// <summary>The result of a command: either it succeeded, or it wrote nothing and says why.</summary>
public sealed record Outcome(OutcomeKind Kind, IReadOnlyList<OutcomeError> Errors)
{
    public static Outcome Ok { get; } = new(OutcomeKind.Ok, []);

    public bool Succeeded => Kind == OutcomeKind.Ok;

    public string Message => string.Join(" ", Errors.Select(e => e.Message));

    public static Outcome Fail(OutcomeKind kind, string message, string? field = null) =>
        new(kind, [new OutcomeError(message, field)]);

    public static Outcome Invalid(IEnumerable<OutcomeError> errors) => new(OutcomeKind.Invalid, errors.ToList());

    public static Outcome<T> Success<T>(T value) => new(OutcomeKind.Ok, [], value);
}

/// <summary>An <see cref="Outcome"/> that carries a value when it succeeds. Any failed <see cref="Outcome"/> converts to it.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, IReadOnlyList<OutcomeError> Errors, T? Value)
{
    public bool Succeeded => Kind == OutcomeKind.Ok;

    public string Message => string.Join(" ", Errors.Select(e => e.Message));

    public static implicit operator Outcome<T>(Outcome failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Succeeded
            ? throw new InvalidOperationException("A successful outcome needs a value; use Outcome.Success(value).")
            : new Outcome<T>(failure.Kind, failure.Errors, default);
    }

    public Outcome ToOutcome() => new(Kind, Errors);
}

using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Log;

/// <summary>What a member types to log or edit a session.</summary>
public sealed class SessionInput
{
    public const int MaxHours = 12;
    public const int MinCount = 1;
    public const int MaxCount = 200;
    public const int NoteMaxLength = 500;

    public DateOnly? Date { get; set; }

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    public int GymId { get; set; }

    public List<SessionLineInput> Lines { get; set; } = [];

    public string? Note { get; set; }
}

public sealed class SessionLineInput
{
    public int ColourId { get; set; }

    public int Count { get; set; } = 1;
}

/// <summary>
/// A session's own rules. "Now" is given in club time by the caller, so the rule stays a pure function:
/// same day, end after start, at most 12 hours, not in the future, one row per colour, 1..200 problems each.
/// </summary>
public sealed class SessionInputValidator : ClubValidator<SessionInput>
{
    public SessionInputValidator(IStringLocalizer<ValidationText> text, DateTime clubNow) : base(text)
    {
        var today = DateOnly.FromDateTime(clubNow);
        var timeNow = TimeOnly.FromDateTime(clubNow);

        RuleFor(x => x.Date)
            .NotNull().WithMessage(_ => Text["SessionDateRequired"])
            .Must(d => d <= today).WithMessage(_ => Text["SessionDateInFuture"]);
        RuleFor(x => x.Start).NotNull().WithMessage(_ => Text["SessionStartRequired"]);
        RuleFor(x => x.End)
            .NotNull().WithMessage(_ => Text["SessionEndRequired"])
            .Must((s, end) => s.Start is null || end > s.Start).WithMessage(_ => Text["SessionEndBeforeStart"])
            .Must((s, end) => s.Start is null || end!.Value - s.Start.Value <= TimeSpan.FromHours(SessionInput.MaxHours))
            .WithMessage(_ => Text["SessionTooLong", SessionInput.MaxHours])
            .Must((s, end) => s.Date != today || end <= timeNow).WithMessage(_ => Text["SessionEndsInFuture"]);
        RuleFor(x => x.GymId).GreaterThan(0).WithMessage(_ => Text["SessionGymRequired"]);
        RuleFor(x => x.Lines)
            .NotEmpty().WithMessage(_ => Text["SessionLinesRequired"])
            .Must(lines => lines.Select(l => l.ColourId).Distinct().Count() == lines.Count).WithMessage(_ => Text["SessionColourTwice"]);
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ColourId).GreaterThan(0).WithMessage(_ => Text["SessionColourRequired"]);
            line.RuleFor(l => l.Count).InclusiveBetween(SessionInput.MinCount, SessionInput.MaxCount)
                .WithMessage(_ => Text["SessionCountRange", SessionInput.MinCount, SessionInput.MaxCount]);
        });
        RuleFor(x => x.Note)
            .MaximumLength(SessionInput.NoteMaxLength).WithMessage(_ => Text["SessionNoteTooLong", SessionInput.NoteMaxLength])
            .Must(n => TextRules.HasNoControlCharacters(n, allowLineBreaks: true)).WithMessage(_ => Text["SessionNoteCharacters"]);
    }
}

/// <summary>An officer voiding a session: the reason is required and shown to the owner.</summary>
public sealed class VoidInput
{
    public const int ReasonMaxLength = 300;

    public string? Reason { get; set; }
}

public sealed class VoidInputValidator : ClubValidator<VoidInput>
{
    public VoidInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage(_ => Text["VoidReasonRequired"])
            .MaximumLength(VoidInput.ReasonMaxLength).WithMessage(_ => Text["VoidReasonTooLong", VoidInput.ReasonMaxLength])
            .Must(r => TextRules.HasNoControlCharacters(r, allowLineBreaks: true)).WithMessage(_ => Text["ReasonCharacters"]);
    }
}

/// <summary>Rules between a session and the member's other sessions.</summary>
public static class SessionRules
{
    /// <summary>True when two same-day time spans share any minute (touching ends do not overlap).</summary>
    public static bool Overlaps(TimeOnly start, TimeOnly end, TimeOnly otherStart, TimeOnly otherEnd) =>
        start < otherEnd && end > otherStart;
}

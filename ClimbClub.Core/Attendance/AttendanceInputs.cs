using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Attendance;

/// <summary>An officer adding or changing a regular session of a generation.</summary>
public sealed class RegularSessionInput
{
    public int GenerationId { get; set; }

    public DayOfWeek Weekday { get; set; } = DayOfWeek.Wednesday;

    public int GymId { get; set; }

    public TimeOnly? Start { get; set; } = new(19, 0);
}

public sealed class RegularSessionInputValidator : ClubValidator<RegularSessionInput>
{
    public RegularSessionInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.GenerationId).GreaterThan(0).WithMessage(_ => Text["ScheduleGenerationRequired"]);
        RuleFor(x => x.Weekday).IsInEnum().WithMessage(_ => Text["ScheduleWeekdayUnknown"]);
        RuleFor(x => x.GymId).GreaterThan(0).WithMessage(_ => Text["ScheduleGymRequired"]);
        RuleFor(x => x.Start).NotNull().WithMessage(_ => Text["ScheduleStartRequired"]);
    }
}

/// <summary>An officer marking a day without club sessions.</summary>
public sealed class HolidayInput
{
    public const int NameMaxLength = 60;

    public DateOnly? Date { get; set; }

    public string Name { get; set; } = "";
}

public sealed class HolidayInputValidator : ClubValidator<HolidayInput>
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public HolidayInputValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Date)
            .NotNull().WithMessage(_ => Text["HolidayDateRequired"])
            .Must(d => d >= Earliest && d <= Latest).WithMessage(_ => Text["HolidayDateRange", Earliest.Year, Latest.Year]);
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Text["HolidayNameRequired"])
            .Must(n => n.Trim().Length <= HolidayInput.NameMaxLength).WithMessage(_ => Text["HolidayNameLength", HolidayInput.NameMaxLength])
            .Must(n => TextRules.HasNoControlCharacters(n) && TextRules.HasNoMarkup(n)).WithMessage(_ => Text["NameCharacters"]);
    }
}

/// <summary>An officer setting a member's attendance for a week by hand; the reason goes to the audit log.</summary>
public sealed class AttendanceCorrection
{
    public const int ReasonMaxLength = 300;

    public DateOnly? WeekStart { get; set; }

    public AttendanceStatus Status { get; set; } = AttendanceStatus.Present;

    public string? Reason { get; set; }
}

public sealed class AttendanceCorrectionValidator : ClubValidator<AttendanceCorrection>
{
    public AttendanceCorrectionValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.WeekStart).NotNull().WithMessage(_ => Text["CorrectionWeekRequired"]);
        RuleFor(x => x.Status).IsInEnum().WithMessage(_ => Text["CorrectionStatusUnknown"]);
        RuleFor(x => x.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => Text["CorrectionReasonRequired"])
            .MaximumLength(AttendanceCorrection.ReasonMaxLength).WithMessage(_ => Text["CorrectionReasonTooLong", AttendanceCorrection.ReasonMaxLength])
            .Must(r => TextRules.HasNoControlCharacters(r, allowLineBreaks: true)).WithMessage(_ => Text["ReasonCharacters"]);
    }
}

/// <summary>An officer turning down a check-in request; the reason is optional and shown to the member.</summary>
public sealed class CheckInRejection
{
    public const int ReasonMaxLength = 300;

    public string? Reason { get; set; }
}

public sealed class CheckInRejectionValidator : ClubValidator<CheckInRejection>
{
    public CheckInRejectionValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Reason)
            .MaximumLength(CheckInRejection.ReasonMaxLength).WithMessage(_ => Text["CheckInReasonTooLong", CheckInRejection.ReasonMaxLength])
            .Must(r => TextRules.HasNoControlCharacters(r, allowLineBreaks: true)).WithMessage(_ => Text["ReasonCharacters"]);
    }
}

using ClimbClub.Core.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Core.Stats;

/// <summary>Which stretch of a member's history the stats cover.</summary>
public enum StatsPeriodKind
{
    /// <summary>The generation running today (or the latest one).</summary>
    Generation,

    /// <summary>Everything since the member's first session.</summary>
    AllTime,

    /// <summary>Any days the member picks, across generations if they like.</summary>
    Range,
}

/// <summary>What a member asks the stats for; <see cref="From"/> and <see cref="To"/> matter only for a range.</summary>
public sealed class StatsPeriod
{
    /// <summary>The earliest day a range may start: no club history is older.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The latest day a range may end.</summary>
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public StatsPeriodKind Kind { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public static StatsPeriod CurrentGeneration => new() { Kind = StatsPeriodKind.Generation };

    public static StatsPeriod AllTime => new() { Kind = StatsPeriodKind.AllTime };

    public static StatsPeriod Between(DateOnly from, DateOnly to) => new() { Kind = StatsPeriodKind.Range, From = from, To = to };
}

public sealed class StatsPeriodValidator : ClubValidator<StatsPeriod>
{
    public StatsPeriodValidator(IStringLocalizer<ValidationText> text) : base(text)
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => Text["StatsPeriodUnknown"]);
        When(x => x.Kind == StatsPeriodKind.Range, () =>
        {
            RuleFor(x => x.From)
                .NotNull().WithMessage(_ => Text["StatsFromRequired"])
                .Must(d => d >= StatsPeriod.Earliest && d <= StatsPeriod.Latest)
                .WithMessage(_ => Text["StatsDateOutOfRange", StatsPeriod.Earliest.Year, StatsPeriod.Latest.Year]);
            RuleFor(x => x.To)
                .NotNull().WithMessage(_ => Text["StatsToRequired"])
                .Must(d => d >= StatsPeriod.Earliest && d <= StatsPeriod.Latest)
                .WithMessage(_ => Text["StatsDateOutOfRange", StatsPeriod.Earliest.Year, StatsPeriod.Latest.Year])
                .Must((p, to) => p.From is null || to >= p.From).WithMessage(_ => Text["StatsToBeforeFrom"]);
        });
    }
}

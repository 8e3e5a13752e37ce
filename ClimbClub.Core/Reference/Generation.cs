using ClimbClub.Core.Scoring;

namespace ClimbClub.Core.Reference;

/// <summary>A yearly cohort of the club (the 12th, shown as "Gen 12" / "12기"), covering a date range that no other generation overlaps.</summary>
public sealed class Generation
{
    public int Id { get; set; }

    public int Number { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>How sessions dated inside this generation are scored.</summary>
    public ScoringRuleKind ScoringRule { get; set; } = ScoringRuleKind.RelativeToLevel;

    public bool Contains(DateOnly date) => date >= StartDate && date <= EndDate;

    public bool Overlaps(DateOnly start, DateOnly end) => start <= EndDate && end >= StartDate;
}

using ClimbClub.Core.Stats;

namespace ClimbClub.Tests.Core;

/// <summary>The periods a member may ask their stats for.</summary>
public sealed class StatsPeriodValidatorTests
{
    private readonly StatsPeriodValidator validator = new(CoreText.Localizer);

    [Fact]
    public void TheGenerationAllTimeAndAnOrderedRangePass()
    {
        Assert.Empty(validator.Check(StatsPeriod.CurrentGeneration));
        Assert.Empty(validator.Check(StatsPeriod.AllTime));
        Assert.Empty(validator.Check(StatsPeriod.Between(new(2025, 2, 1), new(2026, 3, 31))));
        Assert.Empty(validator.Check(StatsPeriod.Between(new(2026, 3, 1), new(2026, 3, 1))));
    }

    [Fact]
    public void ARangeEndingBeforeItStartsIsRefused()
    {
        CoreText.AssertRefused(
            validator.Check(StatsPeriod.Between(new(2026, 3, 2), new(2026, 3, 1))), nameof(StatsPeriod.To), "The last day cannot be before the first day.");
    }

    [Fact]
    public void ARangeNeedsBothDays()
    {
        CoreText.AssertRefused(
            validator.Check(new StatsPeriod { Kind = StatsPeriodKind.Range, To = new(2026, 3, 1) }), nameof(StatsPeriod.From), "Enter the first day of the range.");
        CoreText.AssertRefused(
            validator.Check(new StatsPeriod { Kind = StatsPeriodKind.Range, From = new(2026, 3, 1) }), nameof(StatsPeriod.To), "Enter the last day of the range.");
    }

    [Theory]
    [InlineData(1, 1, 1, 2026, 1, 1, nameof(StatsPeriod.From))]
    [InlineData(1999, 12, 31, 2026, 1, 1, nameof(StatsPeriod.From))]
    [InlineData(2026, 1, 1, 9999, 12, 31, nameof(StatsPeriod.To))]
    public void DaysFarOutsideAnyClubHistoryAreRefused(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay, string field)
    {
        CoreText.AssertRefused(
            validator.Check(StatsPeriod.Between(new(fromYear, fromMonth, fromDay), new(toYear, toMonth, toDay))), field, "Pick days between 2000 and 2100.");
    }

    [Fact]
    public void AnUnknownKindIsRefused()
    {
        CoreText.AssertRefused(validator.Check(new StatsPeriod { Kind = (StatsPeriodKind)7 }), nameof(StatsPeriod.Kind), "Choose this generation, all time or a range of days.");
    }
}

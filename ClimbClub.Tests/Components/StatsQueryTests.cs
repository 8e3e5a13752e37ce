using ClimbClub.Core.Stats;
using ClimbClub.Web.Components.Pages.Profile;

namespace ClimbClub.Tests.Components;

/// <summary>How my page keeps its period in its address: what it writes reads back the same, and what it cannot read it says so.</summary>
public sealed class StatsQueryTests
{
    public static TheoryData<StatsPeriod> Periods =>
    [
        StatsPeriod.CurrentGeneration,
        StatsPeriod.AllTime,
        StatsPeriod.Between(new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 4)),
        new StatsPeriod { Kind = StatsPeriodKind.Range, From = null, To = new DateOnly(2026, 3, 4) },
    ];

    [Theory]
    [MemberData(nameof(Periods))]
    public void APeriodWrittenToTheAddressReadsBackTheSame(StatsPeriod period)
    {
        var query = StatsQuery.Write(period);

        var read = StatsQuery.Read((string?)query["period"], (string?)query["from"], (string?)query["to"]);

        Assert.Equal(StatsQueryError.None, read.Error);
        Assert.Equal((period.Kind, period.From, period.To), (read.Value!.Kind, read.Value.From, read.Value.To));
    }

    [Fact]
    public void TheCurrentGenerationNeedsNoQueryAtAll()
    {
        Assert.All(StatsQuery.Write(StatsPeriod.CurrentGeneration).Values, Assert.Null);
        Assert.Equal(StatsPeriodKind.Generation, StatsQuery.Read(null, "2026-01-01", null).Value!.Kind);
    }

    [Theory]
    [InlineData("forever", "2026-01-01", "2026-01-31", "UnknownPeriod")]
    [InlineData("Range", "2026-01-01", "2026-01-31", "UnknownPeriod")]
    [InlineData("range", "2026-02-30", "2026-03-01", "BadDate")]
    [InlineData("range", "01/02/2026", "2026-03-01", "BadDate")]
    [InlineData("range", "2026-01-01", "tomorrow", "BadDate")]
    [InlineData("range", "2026-01-01<script>", "2026-03-01", "BadDate")]
    public void AnAddressThatHoldsNoPeriodSaysWhy(string period, string from, string to, string error)
    {
        var read = StatsQuery.Read(period, from, to);

        Assert.Equal((null, error), (read.Value, read.Error.ToString()));
    }
}

using ClimbClub.Core.Time;

namespace ClimbClub.Tests.Core;

/// <summary>Instants become the club's own dates: a climb at 00:30 in Seoul belongs to that Seoul day.</summary>
public sealed class ClubCalendarTests
{
    private readonly ClubCalendar seoul = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));

    [Theory]
    [InlineData("2026-03-01T14:59:59Z", "2026-03-01")]
    [InlineData("2026-03-01T15:00:00Z", "2026-03-02")]
    [InlineData("2026-02-28T15:00:00Z", "2026-03-01")]
    [InlineData("2026-12-31T15:00:00Z", "2027-01-01")]
    [InlineData("2026-03-02T00:00:00+09:00", "2026-03-02")]
    [InlineData("2026-03-01T10:00:00-05:00", "2026-03-02")]
    public void ADayInSeoulStartsAt1500Utc(string instant, string date)
    {
        Assert.Equal(Date(date), seoul.DateOf(Instant(instant)));
    }

    [Fact]
    public void ClubTimeIsTheSameInstantOnSeoulsClock()
    {
        var instant = Instant("2026-03-01T15:30:00Z");

        var clubTime = seoul.ToClubTime(instant);

        Assert.Equal(instant, clubTime);
        Assert.Equal(TimeSpan.FromHours(9), clubTime.Offset);
        Assert.Equal(new DateTime(2026, 3, 2, 0, 30, 0), clubTime.DateTime);
    }

    [Theory]
    [InlineData("2026-01-15T04:30:00Z", "2026-01-14")]
    [InlineData("2026-07-15T04:30:00Z", "2026-07-15")]
    public void AZoneWithSummerTimeUsesTheOffsetOfThatDay(string instant, string date)
    {
        var newYork = new ClubCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal(Date(date), newYork.DateOf(Instant(instant)));
    }

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}

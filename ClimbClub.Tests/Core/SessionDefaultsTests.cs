using System.Globalization;
using ClimbClub.Core.Log;

namespace ClimbClub.Tests.Core;

/// <summary>What the "log a session" form offers before the member changes anything.</summary>
public sealed class SessionDefaultsTests
{
    [Theory]
    [InlineData("2026-11-22 11:37", "2026-11-22", "09:30", "11:30")]
    [InlineData("2026-11-22 11:30", "2026-11-22", "09:30", "11:30")]
    [InlineData("2026-11-22 23:59", "2026-11-22", "21:45", "23:45")]
    [InlineData("2026-11-22 02:00", "2026-11-22", "00:00", "02:00")]
    [InlineData("2026-11-22 01:59", "2026-11-21", "19:00", "21:00")]
    [InlineData("2026-03-01 00:05", "2026-02-28", "19:00", "21:00")]
    public void ANewSessionIsTheLastTwoHoursOnTheQuarterHourOrYesterdayEveningJustAfterMidnight(
        string clubNow, string date, string start, string end)
    {
        var input = SessionDefaults.For(Parse(clubNow), gymId: 3);

        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), input.Date);
        Assert.Equal(TimeOnly.Parse(start, CultureInfo.InvariantCulture), input.Start);
        Assert.Equal(TimeOnly.Parse(end, CultureInfo.InvariantCulture), input.End);
        Assert.Equal(3, input.GymId);
        Assert.Empty(input.Lines);
    }

    [Theory]
    [InlineData("2026-11-22 11:37")]
    [InlineData("2026-11-22 02:00")]
    [InlineData("2026-11-22 01:59")]
    [InlineData("2026-11-22 00:00")]
    public void TheOfferedSpanIsValidOnceAColourIsAdded(string clubNow)
    {
        var now = Parse(clubNow);
        var input = SessionDefaults.For(now, gymId: 1);
        input.Lines.Add(new SessionLineInput { ColourId = 5, Count = 3 });

        Assert.Empty(new SessionInputValidator(CoreText.Localizer, now).Check(input));
    }

    private static DateTime Parse(string value) => DateTime.ParseExact(value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

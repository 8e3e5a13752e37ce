using System.Globalization;
using ClimbClub.Core.Log;

namespace ClimbClub.Tests.Core;

/// <summary>A member's sessions on one day never share a minute; one may start the minute another ends.</summary>
public sealed class SessionOverlapTests
{
    [Theory]
    [InlineData("12:00", "14:00", false)]
    [InlineData("08:00", "10:00", false)]
    [InlineData("14:00", "15:00", false)]
    [InlineData("06:00", "09:59", false)]
    [InlineData("11:59", "13:00", true)]
    [InlineData("09:00", "10:01", true)]
    [InlineData("09:00", "13:00", true)]
    [InlineData("10:30", "11:00", true)]
    [InlineData("10:00", "12:00", true)]
    [InlineData("10:00", "10:01", true)]
    [InlineData("11:59", "12:00", true)]
    public void ASessionOverlapsAnotherWhenTheyShareAMinute(string otherStart, string otherEnd, bool overlaps)
    {
        var (start, end) = (Time("10:00"), Time("12:00"));
        var (theirStart, theirEnd) = (Time(otherStart), Time(otherEnd));

        Assert.Equal(overlaps, SessionRules.Overlaps(start, end, theirStart, theirEnd));
        Assert.Equal(overlaps, SessionRules.Overlaps(theirStart, theirEnd, start, end));
    }

    private static TimeOnly Time(string hhmm) => TimeOnly.Parse(hhmm, CultureInfo.InvariantCulture);
}

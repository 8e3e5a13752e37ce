namespace ClimbClub.Core.Time;

/// <summary>Turns instants into the club's wall-clock dates. Every date rule of the club is in club time.</summary>
public sealed class ClubCalendar(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset ToClubTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToClubTime(instant).DateTime);
}

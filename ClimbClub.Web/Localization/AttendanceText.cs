namespace ClimbClub.Web.Localization;

/// <summary>Marker for the AttendanceText.resx resources (schedule, check-in, requests, attendance records and rates).</summary>
public sealed class AttendanceText;

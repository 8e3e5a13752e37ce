using ClimbClub.Core.Attendance;

namespace ClimbClub.Tests.Core;

/// <summary>What officers type into the schedule, holiday, correction and rejection forms.</summary>
public sealed class AttendanceInputValidatorsTests
{
    private readonly RegularSessionInputValidator sessions = new(CoreText.Localizer);
    private readonly HolidayInputValidator holidays = new(CoreText.Localizer);
    private readonly AttendanceCorrectionValidator corrections = new(CoreText.Localizer);
    private readonly CheckInRejectionValidator rejections = new(CoreText.Localizer);

    [Fact]
    public void AWholeSessionPasses() =>
        Assert.Empty(sessions.Check(new RegularSessionInput { GenerationId = 1, Weekday = DayOfWeek.Friday, GymId = 2, Start = new TimeOnly(18, 30) }));

    [Theory]
    [InlineData(0, 3, 2, true, nameof(RegularSessionInput.GenerationId), "Choose the generation")]
    [InlineData(1, 9, 2, true, nameof(RegularSessionInput.Weekday), "Choose a day of the week.")]
    [InlineData(1, -1, 2, true, nameof(RegularSessionInput.Weekday), "Choose a day of the week.")]
    [InlineData(1, 3, 0, true, nameof(RegularSessionInput.GymId), "Choose the gym.")]
    [InlineData(1, 3, 2, false, nameof(RegularSessionInput.Start), "Enter the start time.")]
    public void EachPartOfASessionIsNeeded(int generation, int weekday, int gym, bool hasStart, string field, string words) =>
        CoreText.AssertRefused(
            sessions.Check(new RegularSessionInput { GenerationId = generation, Weekday = (DayOfWeek)weekday, GymId = gym, Start = hasStart ? new TimeOnly(19, 0) : null }),
            field, words);

    [Theory]
    [InlineData("Chuseok")]
    [InlineData("추석 연휴")]
    [InlineData("Exams 🎓")]
    public void AHolidayNamedInAnyScriptPasses(string name) =>
        Assert.Empty(holidays.Check(new HolidayInput { Date = new DateOnly(2026, 9, 25), Name = name }));

    [Theory]
    [InlineData(true, "", nameof(HolidayInput.Name), "Say what the holiday is.")]
    [InlineData(true, "  ", nameof(HolidayInput.Name), "Say what the holiday is.")]
    [InlineData(true, "<b>Party</b>", nameof(HolidayInput.Name), "cannot contain control characters or < or >")]
    [InlineData(false, "Chuseok", nameof(HolidayInput.Date), "Enter the date.")]
    public void AHolidayNeedsADateAndAPlainName(bool hasDate, string name, string field, string words) =>
        CoreText.AssertRefused(holidays.Check(new HolidayInput { Date = hasDate ? new DateOnly(2026, 9, 25) : null, Name = name }), field, words);

    [Fact]
    public void AHolidayNameOf60CharactersPassesAnd61IsRefusedAndSoIsADayOutsideTheCalendar()
    {
        Assert.Empty(holidays.Check(new HolidayInput { Date = new DateOnly(2026, 9, 25), Name = new string('h', 60) }));
        CoreText.AssertRefused(holidays.Check(new HolidayInput { Date = new DateOnly(2026, 9, 25), Name = new string('h', 61) }), nameof(HolidayInput.Name), "60 characters");
        CoreText.AssertRefused(holidays.Check(new HolidayInput { Date = new DateOnly(1999, 12, 31), Name = "Y2K" }), nameof(HolidayInput.Date), "between 2000 and 2100");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void ACorrectionNeedsAReason(string? reason) =>
        CoreText.AssertRefused(
            corrections.Check(new AttendanceCorrection { WeekStart = new DateOnly(2026, 3, 1), Status = AttendanceStatus.Present, Reason = reason }),
            nameof(AttendanceCorrection.Reason), "Give a reason");

    [Fact]
    public void ACorrectionNamesAWeekAndAKnownStatus()
    {
        CoreText.AssertRefused(corrections.Check(new AttendanceCorrection { Reason = "list" }), nameof(AttendanceCorrection.WeekStart), "Choose the week");
        CoreText.AssertRefused(
            corrections.Check(new AttendanceCorrection { WeekStart = new DateOnly(2026, 3, 1), Status = (AttendanceStatus)42, Reason = "list" }),
            nameof(AttendanceCorrection.Status), "Choose present, late, absent or holiday.");
        Assert.Empty(corrections.Check(new AttendanceCorrection { WeekStart = new DateOnly(2026, 3, 1), Status = AttendanceStatus.Late, Reason = "출석부 확인" }));
    }

    [Fact]
    public void ARejectionReasonIsOptionalButShort()
    {
        Assert.Empty(rejections.Check(new CheckInRejection()));
        Assert.Empty(rejections.Check(new CheckInRejection { Reason = new string('r', 300) }));
        CoreText.AssertRefused(rejections.Check(new CheckInRejection { Reason = new string('r', 301) }), nameof(CheckInRejection.Reason), "300 characters");
    }
}

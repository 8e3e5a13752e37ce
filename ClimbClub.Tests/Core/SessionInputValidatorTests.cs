using ClimbClub.Core.Log;

namespace ClimbClub.Tests.Core;

/// <summary>What a member may log as a session, with "now" (in club time) at 2026-05-20 18:00.</summary>
public sealed class SessionInputValidatorTests
{
    private const string Today = "2026-05-20";
    private const string EndBeforeStart = "The end must be after the start (a session stays within one day).";
    private const string TooLong = "A session lasts at most 12 hours.";
    private const string CountRange = "Problems per colour are between 1 and 200.";
    private const string NoteCharacters = "The note contains characters that cannot be shown.";

    private readonly SessionInputValidator validator = new(CoreText.Localizer, new DateTime(2026, 5, 20, 18, 0, 0));

    [Fact]
    public void AnEveningSessionYesterdayPasses()
    {
        Assert.Empty(validator.Check(Session()));
    }

    [Fact]
    public void ASessionNeedsADay()
    {
        var input = Session();
        input.Date = null;

        CoreText.AssertRefused(validator.Check(input), nameof(SessionInput.Date), "Enter the day you climbed.");
    }

    [Theory]
    [InlineData("2026-05-21")]
    [InlineData("2027-01-01")]
    public void ASessionOnALaterDayIsInTheFuture(string day)
    {
        CoreText.AssertRefused(validator.Check(Session(day)), nameof(SessionInput.Date), "A session cannot be in the future.");
    }

    [Theory]
    [InlineData("2026-05-19", "20:00", "23:59")]
    [InlineData("2025-05-20", "06:00", "07:00")]
    [InlineData(Today, "08:00", "10:00")]
    [InlineData(Today, "16:00", "17:59")]
    [InlineData(Today, "16:00", "18:00")]
    public void ASessionThatEndedByNowPasses(string day, string start, string end)
    {
        Assert.Empty(validator.Check(Session(day, start, end)));
    }

    [Theory]
    [InlineData("16:00", "18:01")]
    [InlineData("17:00", "21:00")]
    [InlineData("19:00", "20:00")]
    public void ASessionTodayThatEndsAfterNowIsRefused(string start, string end)
    {
        CoreText.AssertRefused(validator.Check(Session(Today, start, end)), nameof(SessionInput.End), "The session cannot end later than now.");
    }

    [Fact]
    public void ASessionNeedsAStart()
    {
        var input = Session();
        input.Start = null;

        CoreText.AssertRefused(validator.Check(input), nameof(SessionInput.Start), "Enter when you started.");
    }

    [Fact]
    public void ASessionNeedsAnEnd()
    {
        var input = Session();
        input.End = null;

        CoreText.AssertRefused(validator.Check(input), nameof(SessionInput.End), "Enter when you finished.");
    }

    [Theory]
    [InlineData("18:00", "18:00")]
    [InlineData("18:00", "17:59")]
    [InlineData("22:00", "01:00")]
    [InlineData("23:59", "00:00")]
    public void TheEndMustComeAfterTheStartOnTheSameDay(string start, string end)
    {
        CoreText.AssertRefused(validator.Check(Session(start: start, end: end)), nameof(SessionInput.End), EndBeforeStart);
    }

    [Theory]
    [InlineData("18:00", "18:01")]
    [InlineData("08:00", "20:00")]
    [InlineData("00:00", "12:00")]
    [InlineData("11:59", "23:59")]
    public void ASessionOfUpTo12HoursPasses(string start, string end)
    {
        Assert.Empty(validator.Check(Session(start: start, end: end)));
    }

    [Theory]
    [InlineData("08:00", "20:01")]
    [InlineData("00:00", "12:01")]
    [InlineData("00:00", "23:59")]
    public void ASessionLongerThan12HoursIsRefused(string start, string end)
    {
        CoreText.AssertRefused(validator.Check(Session(start: start, end: end)), nameof(SessionInput.End), TooLong);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void ASessionNeedsAGym(int gymId)
    {
        var input = Session();
        input.GymId = gymId;

        CoreText.AssertRefused(validator.Check(input), nameof(SessionInput.GymId), "Choose the gym.");
    }

    [Fact]
    public void ASessionNeedsAtLeastOneColour()
    {
        CoreText.AssertRefused(validator.Check(Session(lines: [])), nameof(SessionInput.Lines), "Add at least one colour you climbed.");
    }

    [Fact]
    public void AColourAppearsOnlyOnce()
    {
        CoreText.AssertRefused(
            validator.Check(Session(lines: [Line(3, 2), Line(5, 1), Line(3, 4)])),
            nameof(SessionInput.Lines),
            "Each colour appears once; add up the problems in one row.");
    }

    [Fact]
    public void EveryRowNeedsAColour()
    {
        CoreText.AssertRefused(validator.Check(Session(lines: [Line(3, 2), Line(0, 1)])), "Lines[1].ColourId", "Choose a colour for every row.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(199)]
    [InlineData(200)]
    public void ARowOf1To200ProblemsPasses(int count)
    {
        Assert.Empty(validator.Check(Session(lines: [Line(3, count)])));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(201)]
    [InlineData(10_000)]
    public void ARowOutside1To200ProblemsIsRefused(int count)
    {
        CoreText.AssertRefused(validator.Check(Session(lines: [Line(4, 5), Line(3, count)])), "Lines[1].Count", CountRange);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Crimpy day, new shoes.")]
    [InlineData("Line one\nline two\r\nand\ta tab")]
    [InlineData("오늘은 빨강 두 개")]
    public void ANoteIsOptionalAndMayHoldLineBreaks(string? note)
    {
        Assert.Empty(validator.Check(Session(note: note)));
    }

    [Fact]
    public void ANoteOf500CharactersPassesAnd501IsRefused()
    {
        Assert.Empty(validator.Check(Session(note: new string('a', 500))));
        CoreText.AssertRefused(validator.Check(Session(note: new string('a', 501))), nameof(SessionInput.Note), "A note has at most 500 characters.");
    }

    [Theory]
    [InlineData("bell\u0007")]
    [InlineData("nul\u0000")]
    [InlineData("escape\u001b[31m")]
    [InlineData("delete\u007f")]
    public void ANoteWithControlCharactersIsRefused(string note)
    {
        CoreText.AssertRefused(validator.Check(Session(note: note)), nameof(SessionInput.Note), NoteCharacters);
    }

    [Fact]
    public void AnEmptyFormNamesEveryMissingField()
    {
        var errors = validator.Check(new SessionInput());

        Assert.Equal(
            [nameof(SessionInput.Date), nameof(SessionInput.Start), nameof(SessionInput.End), nameof(SessionInput.GymId), nameof(SessionInput.Lines)],
            errors.Select(e => e.Field));
    }

    [Fact]
    public void TheSameSessionIsJudgedByTheNowItIsGiven()
    {
        var input = Session(Today, "16:00", "19:00");

        Assert.NotEmpty(validator.Check(input));
        Assert.Empty(new SessionInputValidator(CoreText.Localizer, new DateTime(2026, 5, 20, 19, 0, 0)).Check(input));
        Assert.Empty(new SessionInputValidator(CoreText.Localizer, new DateTime(2026, 5, 21, 0, 5, 0)).Check(input));
    }

    private static SessionInput Session(
        string day = "2026-05-19", string start = "19:00", string end = "21:00", string? note = null, List<SessionLineInput>? lines = null) => new()
    {
        Date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
        Start = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        GymId = 2,
        Note = note,
        Lines = lines ?? [Line(3, 4), Line(5, 2)],
    };

    private static SessionLineInput Line(int colourId, int count) => new() { ColourId = colourId, Count = count };
}

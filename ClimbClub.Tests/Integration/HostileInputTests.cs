using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Scoring;
using ClimbClub.Core.Screen;
using ClimbClub.Core.SignUp;
using ClimbClub.Core.Stats;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Features.PasswordReset;
using ClimbClub.Web.Features.Profile;
using ClimbClub.Web.Features.Reference;
using ClimbClub.Web.Features.Screen;
using ClimbClub.Web.Features.SignUp;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// What a tampered circuit call or a hand-made request could send to the services the pages call, signed in or not:
/// empty, huge, negative, future, unknown or someone else's ids, markup and control characters. Each is refused with
/// the message the form shows and nothing in the club changes. Free text keeps Hangul, emoji and markup as written.
/// </summary>
public sealed class HostileInputTests(HostileClub fixture) : IClassFixture<HostileClub>
{
    private const string Written = "크림프 🧗 <b>not bold</b> & \"quotes\"";
    private const string WrittenName = "클라이밍 파크 🧗";
    private const string NotYourSession = "We could not find that session among yours.";
    private const string NameLetters = "A name may use letters (Hangul too), digits, spaces and - _ . ' only.";
    private const string NameRule = "A name cannot contain control characters or < or >.";
    private const string IntroductionTooLong = "An introduction has at most 500 characters.";
    private const string NoSuchChallenge = "There is no such challenge.";
    private const string GenerationNumber = "A generation number is a whole number from 1 to 999.";
    private const string DisplayColour = "Pick a display colour (#RRGGBB).";
    private const string ColourPoints = "Points per problem are between 0 and 100, in steps of 0.5.";
    private const string EmailInvalid = "That does not look like an email address (for example name@example.com).";
    private const string CodeFormat = "The code has 6 digits.";

    private static readonly string Enormous = new('x', 100_000);

    private RankingClub Ranking => fixture.Club;

    private Climber Eva => fixture.Eva;

    private Climber Olga => fixture.Olga;

    private Climber Pia => fixture.Pia;

    private long OtherSession => fixture.OtherSession;

    private int GenerationId => fixture.GenerationId;

    private Guid OpenCode => fixture.OpenCode;

    private Guid VerifiedTicket => fixture.VerifiedTicket;

    private HostileClub Fixture => fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Cases => [.. HostileCalls.Keys];

    public static TheoryData<string> FreeTextCases => [.. FreeTextCalls.Keys];

    private static Dictionary<string, Hostile> HostileCalls { get; } = new()
    {
        ["session: nothing filled in"] = new(t => t.Log(new SessionInput()), "Enter the day you climbed."),
        ["session: a date in 2099"] = new(t => t.Log(t.Session(s => s.Date = new DateOnly(2099, 1, 1))), "A session cannot be in the future."),
        ["session: minus three problems"] = new(t => t.Log(t.Session(s => s.Lines[0].Count = -3)), "Problems per colour are between 1 and 200."),
        ["session: int.MaxValue problems"] = new(t => t.Log(t.Session(s => s.Lines[0].Count = int.MaxValue)), "Problems per colour are between 1 and 200."),
        ["session: a gym that does not exist"] = new(t => t.Log(t.Session(s => s.GymId = 987_654)), "Choose one of the gyms listed."),
        ["session: a colour that does not exist"] = new(t => t.Log(t.Session(s => s.Lines[0].ColourId = 987_654)), "Choose colours from the scale."),
        ["session: the same colour twice"] = new(t => t.Log(t.Session(s => s.Lines.Add(new SessionLineInput { ColourId = s.Lines[0].ColourId, Count = 1 }))), "Each colour appears once; add up the problems in one row."),
        ["session: a 100,000-character note"] = new(t => t.Log(t.Session(s => s.Note = Enormous)), "A note has at most 500 characters."),
        ["session: a note with a NUL and an escape"] = new(t => t.Log(t.Session(s => s.Note = "ok\u0000\u001b[2J")), "The note contains characters that cannot be shown."),
        ["session: editing another member's session"] = new(t => t.Club<LogService>(s => s.UpdateAsync(t.Eva.Principal, t.OtherSession, t.Session(_ => { }), Ct)), NotYourSession),
        ["session: deleting another member's session"] = new(t => t.Club<LogService>(s => s.DeleteAsync(t.Eva.Principal, t.OtherSession, Ct)), NotYourSession),
        ["session: deleting id -1"] = new(t => t.Club<LogService>(s => s.DeleteAsync(t.Eva.Principal, -1, Ct)), NotYourSession),
        ["void: no reason"] = new(t => t.Void(t.OtherSession, ""), "Say why the session is voided; the member will see it."),
        ["void: a 100,000-character reason"] = new(t => t.Void(t.OtherSession, Enormous), "A reason has at most 300 characters."),
        ["void: a reason with a NUL and an escape"] = new(t => t.Void(t.OtherSession, "cheat\u0000\u001b[2J"), "The reason contains characters that cannot be shown."),
        ["void: session -1"] = new(t => t.Void(-1, "Too many problems."), "That session no longer exists."),
        ["profile: an empty name"] = new(t => t.Profile(d => d.DisplayName = ""), "Enter the name other members will see."),
        ["profile: a name of markup"] = new(t => t.Profile(d => d.DisplayName = "<img src=x onerror=alert(1)>"), "A name has 2 to 20 characters."),
        ["profile: a short name of markup"] = new(t => t.Profile(d => d.DisplayName = "<b>Eva</b>"), NameLetters),
        ["profile: a 100,000-character introduction"] = new(t => t.Profile(d => d.Introduction = Enormous), IntroductionTooLong),
        ["profile: a home gym that does not exist"] = new(t => t.Profile(d => d.HomeGymId = -5), "Choose your home gym."),
        ["profile: another generation"] = new(t => t.Profile(d => d.GenerationId += 1), "Your generation is set by the club. Ask an admin to change it."),
        ["profile: an avatar that is not offered"] = new(t => t.Profile(d => d.Avatar = "../../etc/passwd"), "Choose one of the avatars shown."),
        ["stats: a range ending before it starts"] = new(t => t.Club<StatsService>(async s => (await s.MineAsync(t.Eva.Principal, StatsPeriod.Between(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 1)), Ct)).ToOutcome()), "The last day cannot be before the first day."),
        ["stats: a period of kind 42"] = new(t => t.Club<StatsService>(async s => (await s.MineAsync(t.Eva.Principal, new StatsPeriod { Kind = (StatsPeriodKind)42 }, Ct)).ToOutcome()), "Choose this generation, all time or a range of days."),
        ["check-in: a 100,000-character code"] = new(t => t.Club<CheckInService>(async s => (await s.CheckInWithCodeAsync(t.Eva.Principal, Enormous, Ct)).ToOutcome()), "This check-in code is not valid. Scan the code on the gym screen again."),
        ["check-in: a request for session -7"] = new(t => t.Club<CheckInService>(async s => (await s.RequestAsync(t.Eva.Principal, -7, Ct)).ToOutcome()), "There is no club session to check in to right now."),
        ["schedule: weekday 99"] = new(t => t.Club<ScheduleService>(async s => (await s.AddSessionAsync(t.Olga.Principal, new RegularSessionInput { GenerationId = t.GenerationId, Weekday = (DayOfWeek)99, GymId = t.Ranking.GymId, Start = new TimeOnly(19, 0) }, Ct)).ToOutcome()), "Choose a day of the week."),
        ["holiday: a name of 10,000 characters"] = new(t => t.Club<ScheduleService>(async s => (await s.AddHolidayAsync(t.Olga.Principal, new HolidayInput { Date = new DateOnly(2026, 5, 5), Name = new string('h', 10_000) }, Ct)).ToOutcome()), "Keep the name to 60 characters."),
        ["attendance: status 99"] = new(t => t.Club<AttendanceService>(s => s.CorrectAsync(t.Olga.Principal, t.Eva.Id, new AttendanceCorrection { WeekStart = new DateOnly(2026, 3, 1), Status = (AttendanceStatus)99, Reason = "x" }, Ct)), "Choose present, late, absent or holiday."),
        ["attendance: a member id of 5,000 characters"] = new(t => t.Club<AttendanceService>(s => s.CorrectAsync(t.Olga.Principal, new string('m', 5000), new AttendanceCorrection { WeekStart = new DateOnly(2026, 3, 1), Reason = "x" }, Ct)), "There is no such member."),
        ["challenge: a goal of minus one"] = new(t => t.Club<ChallengeService>(async s => (await s.CreateAsync(t.Olga.Principal, Challenge(c => c.Target = -1), Ct)).ToOutcome()), "The goal is a number from 1 to 100000."),
        ["challenge: a member limit of zero"] = new(t => t.Club<ChallengeService>(async s => (await s.CreateAsync(t.Olga.Principal, Challenge(c => c.MemberLimit = 0), Ct)).ToOutcome()), "The member limit is a number from 1 to 10000, or empty for no limit."),
        ["challenge: joining challenge -1"] = new(t => t.Club<ChallengeService>(s => s.JoinAsync(t.Eva.Principal, -1, Ct)), NoSuchChallenge),
        ["challenge: changed to an empty title"] = new(t => t.ChangeChallenge(c => c.Title = ""), "A title has 3 to 80 characters."),
        ["challenge: changed to a title of markup"] = new(t => t.ChangeChallenge(c => c.Title = "<script>alert(1)</script>"), NameRule),
        ["challenge: changed to a 100,000-character description"] = new(t => t.ChangeChallenge(c => c.Description = Enormous), "Keep the description to 1000 characters."),
        ["challenge: changed to end before it starts"] = new(t => t.ChangeChallenge(c => c.EndDate = new DateOnly(2026, 2, 1)), "The last day cannot be before the first day."),
        ["challenge: changed to last until 2099"] = new(t => t.ChangeChallenge(c => c.EndDate = new DateOnly(2099, 1, 1)), "A challenge lasts at most 366 days."),
        ["challenge: changed to goal kind 9"] = new(t => t.ChangeChallenge(c => c.GoalKind = (ChallengeGoalKind)9), "Choose problems, sessions or minutes."),
        ["challenge: changed to a colour that does not exist"] = new(t => t.ChangeChallenge(c => (c.GoalKind, c.ColourId) = (ChallengeGoalKind.Problems, 987_654)), "Choose a colour of the club's scale."),
        ["challenge: changing challenge -1"] = new(t => t.Club<ChallengeService>(s => s.UpdateAsync(t.Olga.Principal, -1, Challenge(_ => { }), Ct)), NoSuchChallenge),
        ["notifications: kind 99"] = new(t => t.Club<NotificationCentre>(s => s.ChooseAsync(t.Eva.Principal, (NotificationKind)99, false, Ct)), "That kind of notification cannot be turned off."),
        ["notifications: marking notification -1 read"] = new(t => t.Club<NotificationCentre>(s => s.MarkReadAsync(t.Eva.Principal, -1, Ct)), "There is no such notification."),
        ["generation: nothing filled in"] = new(t => t.SaveGeneration(null, new GenerationInput()), GenerationNumber),
        ["generation: number -12"] = new(t => t.SaveGeneration(null, Generation(g => g.Number = -12)), GenerationNumber),
        ["generation: the number of another generation"] = new(t => t.SaveGeneration(null, Generation(g => g.Number = 12)), "Gen 12 already exists."),
        ["generation: ending before it starts"] = new(t => t.SaveGeneration(null, Generation(g => g.EndDate = new DateOnly(2090, 1, 1))), "The last day cannot be before the first day."),
        ["generation: lasting until 2099"] = new(t => t.SaveGeneration(null, Generation(g => g.EndDate = new DateOnly(2099, 1, 1))), "A generation lasts at most two years."),
        ["generation: dates over the current generation's"] = new(t => t.SaveGeneration(null, Generation(g => (g.StartDate, g.EndDate) = (new DateOnly(2026, 6, 1), new DateOnly(2027, 5, 31)))), "These dates overlap Gen 12"),
        ["generation: scoring rule 42"] = new(t => t.SaveGeneration(null, Generation(g => g.ScoringRule = (ScoringRuleKind)42)), "Choose one of the scoring rules."),
        ["generation: changing generation -1"] = new(t => t.SaveGeneration(-1, Generation(_ => { })), "That generation no longer exists."),
        ["gym: an empty name"] = new(t => t.SaveGym(null, ""), "Enter the gym's name."),
        ["gym: a 100,000-character name"] = new(t => t.SaveGym(null, Enormous), "A gym name has 2 to 60 characters."),
        ["gym: a name of markup"] = new(t => t.SaveGym(null, "<iframe src=//evil.test>"), NameRule),
        ["gym: a name with a NUL"] = new(t => t.SaveGym(null, "Gym\u0000"), NameRule),
        ["gym: the name of another gym, shouted"] = new(t => t.SaveGym(null, "RIVERSIDE BOULDERS"), "There is already a gym called RIVERSIDE BOULDERS."),
        ["gym: a gym renamed to markup"] = new(t => t.SaveGym(t.Ranking.GymId, "<b>Main</b>"), NameRule),
        ["gym: changing gym -1"] = new(t => t.SaveGym(-1, "Nowhere Wall"), "That gym no longer exists."),
        ["colour: an empty name"] = new(t => t.SaveColour(null, Colour(c => c.Name = "")), "Enter the colour's name."),
        ["colour: a 100,000-character name"] = new(t => t.SaveColour(null, Colour(c => c.Name = Enormous)), "A colour name has at most 30 characters."),
        ["colour: a name of markup"] = new(t => t.SaveColour(null, Colour(c => c.Name = "<svg onload=alert(1)>")), NameRule),
        ["colour: a display colour that smuggles CSS"] = new(t => t.SaveColour(null, Colour(c => c.DisplayColor = "#FFF;background:url(//evil.test)")), DisplayColour),
        ["colour: a display colour with a trailing line break"] = new(t => t.SaveColour(null, Colour(c => c.DisplayColor = "#12ABEF\n")), DisplayColour),
        ["colour: minus one point"] = new(t => t.SaveColour(null, Colour(c => c.Points = -1)), ColourPoints),
        ["colour: 0.3 points"] = new(t => t.SaveColour(null, Colour(c => c.Points = 0.3m)), ColourPoints),
        ["colour: the name of another colour"] = new(t => t.SaveColour(null, Colour(c => c.Name = "green")), "There is already a colour called green."),
        ["colour: a colour changed to an empty name"] = new(t => t.SaveColour(t.Ranking.ColourId(1), Colour(c => c.Name = "")), "Enter the colour's name."),
        ["colour: a colour changed to 1,000 points"] = new(t => t.SaveColour(t.Ranking.ColourId(1), Colour(c => c.Points = 1000)), ColourPoints),
        ["colour: changing colour -1"] = new(t => t.SaveColour(-1, Colour(_ => { })), "That colour no longer exists."),
        ["screen link: an empty name"] = new(t => t.CreateScreenLink(""), "Name the screen, e.g. TV at Main Hall."),
        ["screen link: a 100,000-character name"] = new(t => t.CreateScreenLink(Enormous), "A screen name has 2 to 60 characters."),
        ["screen link: a name of markup"] = new(t => t.CreateScreenLink("<script>alert(1)</script>"), NameRule),
        ["screen link: a name with an escape"] = new(t => t.CreateScreenLink("TV\u001b[2J"), NameRule),
        ["rejection: a 100,000-character reason"] = new(t => t.Reject(t.Pia.Id, Enormous), "A reason has at most 500 characters."),
        ["rejection: a reason with a NUL and an escape"] = new(t => t.Reject(t.Pia.Id, "no\u0000\u001b[2J"), "The reason contains characters that cannot be shown."),
        ["rejection: a member id that does not exist"] = new(t => t.Reject("no-such-member", "No."), "That member no longer exists."),
        ["rejection: an approved member"] = new(t => t.Reject(t.Eva.Id, "No."), "Eva's sign-up was already decided, perhaps by another admin."),
        ["applicant: an empty name"] = new(t => t.Applicant(t.Pia, d => d.DisplayName = ""), "Enter the name other members will see."),
        ["applicant: a name of markup"] = new(t => t.Applicant(t.Pia, d => d.DisplayName = "<b>Pia</b>"), NameLetters),
        ["applicant: an emoji in the name"] = new(t => t.Applicant(t.Pia, d => d.DisplayName = "Pia 🧗"), NameLetters),
        ["applicant: a 100,000-character introduction"] = new(t => t.Applicant(t.Pia, d => d.Introduction = Enormous), IntroductionTooLong),
        ["applicant: generation -1"] = new(t => t.Applicant(t.Pia, d => d.GenerationId = -1), "Choose your generation."),
        ["applicant: a generation that does not exist"] = new(t => t.Applicant(t.Pia, d => d.GenerationId = 987_654), "Choose one of the generations listed."),
        ["applicant: a gym that does not exist"] = new(t => t.Applicant(t.Pia, d => d.HomeGymId = 987_654), "Choose one of the gyms listed."),
        ["applicant: a level that does not exist"] = new(t => t.Applicant(t.Pia, d => d.LevelColourId = 987_654), "Choose one of the colours listed."),
        ["applicant: an approved member editing as one"] = new(t => t.Applicant(t.Eva, _ => { }), "Only a sign-up that is still waiting for approval can be edited."),
        ["sign-up: no email"] = new(t => t.AskForCode(""), "Enter your email address."),
        ["sign-up: a 100,000-character email"] = new(t => t.AskForCode(Enormous + "@club.test"), "An email address has at most 254 characters."),
        ["sign-up: an email of markup"] = new(t => t.AskForCode("<script>@club.test"), EmailInvalid),
        ["sign-up: an email with a header after a line break"] = new(t => t.AskForCode("new@club.test\r\nBcc: everyone@club.test"), EmailInvalid),
        ["sign-up: no code"] = new(t => t.EnterCode(t.OpenCode, ""), "Enter the code from the email."),
        ["sign-up: a code with letters"] = new(t => t.EnterCode(t.OpenCode, "12a456"), CodeFormat),
        ["sign-up: a 100,000-digit code"] = new(t => t.EnterCode(t.OpenCode, new string('1', 100_000)), CodeFormat),
        ["sign-up: a code for a sign-up that does not exist"] = new(t => t.EnterCode(Guid.NewGuid(), "123456"), "This code is no longer valid. Ask for a new one."),
        ["sign-up: a one-letter name"] = new(t => t.FinishSignUp(t.VerifiedTicket, d => d.DisplayName = "A"), "A name has 2 to 20 characters."),
        ["sign-up: a name of markup"] = new(t => t.FinishSignUp(t.VerifiedTicket, d => d.DisplayName = "<img src=x>"), NameLetters),
        ["sign-up: a 100,000-character introduction"] = new(t => t.FinishSignUp(t.VerifiedTicket, d => d.Introduction = Enormous), IntroductionTooLong),
        ["sign-up: a generation that does not exist"] = new(t => t.FinishSignUp(t.VerifiedTicket, d => d.GenerationId = 987_654), "Choose one of the generations listed."),
        ["sign-up: a password without a digit"] = new(t => t.FinishSignUp(t.VerifiedTicket, d => d.Password = d.ConfirmPassword = "Boulder-only!"), "A password needs at least one digit."),
        ["sign-up: details for a sign-up never verified"] = new(t => t.FinishSignUp(t.OpenCode, _ => { }), "Your verified sign-up has expired. Please start again with your email."),
        ["password reset: a 100,000-character email"] = new(t => t.AskForReset(Enormous + "@club.test"), "An email address has at most 254 characters."),
        ["password reset: an email of markup"] = new(t => t.AskForReset("<eva@club.test>"), EmailInvalid),
    };

    /// <summary>Free text where the field allows it: Hangul, emoji and markup are kept exactly as written (and shown escaped).</summary>
    private static Dictionary<string, KeptText> FreeTextCalls { get; } = new()
    {
        ["session note"] = new(
            t => t.Log(t.Session(s => (s.Date, s.Note) = (new DateOnly(2026, 3, 2), Written))),
            (t, db) => db.Sessions.Where(s => s.MemberId == t.Eva.Id && s.Date == new DateOnly(2026, 3, 2)).Select(s => s.Note).SingleAsync(Ct)),
        ["void reason"] = new(
            t => t.Void(t.Fixture.SessionToVoid, Written),
            (t, db) => db.Sessions.Where(s => s.Id == t.Fixture.SessionToVoid).Select(s => s.VoidReason).SingleAsync(Ct)),
        ["rejection reason"] = new(
            t => t.Reject(t.Fixture.Quinn.Id, Written),
            (t, db) => db.Users.Where(u => u.Id == t.Fixture.Quinn.Id).Select(u => u.RejectionReason).SingleAsync(Ct)),
        ["applicant's introduction"] = new(
            t => t.Applicant(t.Pia, d => d.Introduction = Written),
            (t, db) => db.Users.Where(u => u.Id == t.Pia.Id).Select(u => u.Introduction).SingleAsync(Ct)),
        ["challenge description"] = new(
            t => t.ChangeChallenge(c => c.Description = Written),
            (t, db) => db.Challenges.Where(c => c.Id == t.Fixture.ChallengeId).Select(c => c.Description).SingleAsync(Ct)),
        ["sign-up introduction"] = new(
            t => t.FinishSignUp(t.Fixture.TicketToFinish, d => d.Introduction = Written),
            (_, db) => db.Users.Where(u => u.Email == HostileClub.FinishingEmail).Select(u => u.Introduction).SingleAsync(Ct)),
        ["gym name"] = new(t => t.SaveGym(null, WrittenName), (_, db) => db.Gyms.Where(g => g.Name == WrittenName).Select(g => (string?)g.Name).SingleAsync(Ct), WrittenName),
        ["colour name"] = new(
            t => t.SaveColour(null, Colour(c => c.Name = WrittenName)),
            (_, db) => db.Colours.Where(c => c.Name == WrittenName).Select(c => (string?)c.Name).SingleAsync(Ct),
            WrittenName),
        ["screen link name"] = new(t => t.CreateScreenLink(WrittenName), (_, db) => db.ScreenKeys.Where(k => k.Name == WrittenName).Select(k => (string?)k.Name).SingleAsync(Ct), WrittenName),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IsRefusedWithAClearMessageAndWritesNothing(string hostile)
    {
        var before = await ClubState.SnapshotAsync(Ranking.App);

        var outcome = await HostileCalls[hostile].Call(this);

        Assert.False(outcome.Succeeded, $"{hostile} was accepted.");
        Assert.NotEqual(OutcomeKind.Ok, outcome.Kind);
        Assert.Contains(HostileCalls[hostile].Refusal, outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await ClubState.SnapshotAsync(Ranking.App));
    }

    [Theory]
    [MemberData(nameof(FreeTextCases))]
    public async Task HangulEmojiAndMarkupInFreeTextAreKeptAsWritten(string field)
    {
        var (call, stored, written) = FreeTextCalls[field];

        var outcome = await call(this);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(written, await Ranking.App.WithDbAsync(db => stored(this, db)));
    }

    private SessionInput Session(Action<SessionInput> change)
    {
        var input = Ranking.Session("2026-03-04", "10:00", "11:00", (4, 3));
        change(input);
        return input;
    }

    private static ChallengeInput Challenge(Action<ChallengeInput> change)
    {
        var input = HostileClub.Challenge();
        change(input);
        return input;
    }

    private static GenerationInput Generation(Action<GenerationInput> change)
    {
        var input = new GenerationInput { Number = 900, StartDate = new DateOnly(2090, 3, 1), EndDate = new DateOnly(2091, 2, 28) };
        change(input);
        return input;
    }

    private static ColourInput Colour(Action<ColourInput> change)
    {
        var input = new ColourInput { Name = "Pink", DisplayColor = "#FF69B4", Points = 1 };
        change(input);
        return input;
    }

    private async Task<Outcome> Log(SessionInput input) =>
        (await Ranking.CallAsync<LogService, Outcome<long>>(s => s.AddAsync(Eva.Principal, input, Ct))).ToOutcome();

    private Task<Outcome> Void(long session, string reason) =>
        Club<LogService>(s => s.VoidAsync(Olga.Principal, session, new VoidInput { Reason = reason }, Ct));

    private async Task<Outcome> Profile(Action<MemberDetails> change)
    {
        var mine = await Ranking.CallAsync<ProfileService, Outcome<MyProfile>>(s => s.MineAsync(Eva.Principal, Ct));
        var details = mine.Value!.Details;
        change(details);
        return await Ranking.CallAsync<ProfileService, Outcome>(s => s.UpdateAsync(Eva.Principal, details, Ct));
    }

    private async Task<Outcome> Applicant(Climber who, Action<MemberDetails> change)
    {
        var details = await fixture.DetailsAsync(who.Id);
        change(details);
        return await Club<ApplicantService>(s => s.UpdateDetailsAsync(who.Principal, details, Ct));
    }

    private Task<Outcome> ChangeChallenge(Action<ChallengeInput> change) =>
        Club<ChallengeService>(s => s.UpdateAsync(Olga.Principal, fixture.ChallengeId, Challenge(change), Ct));

    private Task<Outcome> SaveGeneration(int? id, GenerationInput input) => Club<GenerationAdminService>(async s =>
        (id is { } existing ? await s.UpdateAsync(fixture.Admin.Principal, existing, input, Ct) : await s.CreateAsync(fixture.Admin.Principal, input, Ct)).ToOutcome());

    private Task<Outcome> SaveGym(int? id, string name) => Club<GymAdminService>(async s =>
        (id is { } existing
            ? await s.UpdateAsync(fixture.Admin.Principal, existing, new GymInput { Name = name }, Ct)
            : await s.CreateAsync(fixture.Admin.Principal, new GymInput { Name = name }, Ct)).ToOutcome());

    private Task<Outcome> SaveColour(int? id, ColourInput input) => Club<ColourAdminService>(async s =>
        (id is { } existing ? await s.UpdateAsync(fixture.Admin.Principal, existing, input, Ct) : await s.CreateAsync(fixture.Admin.Principal, input, Ct)).ToOutcome());

    private Task<Outcome> CreateScreenLink(string name) =>
        Club<ScreenKeyService>(async s => (await s.CreateAsync(fixture.Admin.Principal, new ScreenKeyInput { Name = name }, Ct)).ToOutcome());

    private Task<Outcome> Reject(string memberId, string reason) =>
        Club<MemberAdminService>(s => s.RejectAsync(fixture.Admin.Principal, memberId, new Rejection { Reason = reason }, Ct));

    private Task<Outcome> AskForCode(string email) => Club<SignUpService>(async s => (await s.RequestCodeAsync(
        new EmailStep { Email = email }, "203.0.113.9", new SignUpLinks("http://localhost/Account/Login", "http://localhost/Account/ForgotPassword"), Ct)).ToOutcome());

    private Task<Outcome> EnterCode(Guid codeId, string code) =>
        Club<SignUpService>(s => s.VerifyCodeAsync(codeId, new CodeStep { Code = code }, Ct));

    private async Task<Outcome> FinishSignUp(Guid ticket, Action<SignUpDetails> change)
    {
        var details = await fixture.SignUpDetailsAsync();
        change(details);
        return await Club<SignUpService>(async s => (await s.CompleteAsync(ticket, details, Ct)).ToOutcome());
    }

    private Task<Outcome> AskForReset(string email) =>
        Club<PasswordResetService>(s => s.RequestLinkAsync(new EmailStep { Email = email }, "203.0.113.9", "http://localhost/Account/ResetPassword", Ct));

    private Task<Outcome> Club<TService>(Func<TService, Task<Outcome>> call)
        where TService : notnull => Ranking.CallAsync(call);

    /// <summary>A hostile call and the message it must be refused with (or the start of it).</summary>
    private sealed record Hostile(Func<HostileInputTests, Task<Outcome>> Call, string Refusal);

    /// <summary>A call that stores free text, where to read it back, and what it must read.</summary>
    private sealed record KeptText(Func<HostileInputTests, Task<Outcome>> Call, Func<HostileInputTests, ClimbClubDbContext, Task<string?>> Stored, string Expected = Written);
}

/// <summary>
/// One club for all the hostile calls: Eva, Olga (an officer) and the admin; Pia and Quinn waiting for approval; two
/// sessions of Finn's (one to tamper with, one to void), a challenge of Olga's, a sign-up code waiting to be typed and
/// two verified sign-ups waiting for their details.
/// </summary>
public sealed class HostileClub : IAsyncLifetime
{
    public const string FinishingEmail = "finishing@club.test";

    internal RankingClub Club { get; private set; } = default!;

    internal Climber Eva { get; private set; } = default!;

    internal Climber Olga { get; private set; } = default!;

    internal Climber Admin { get; private set; } = default!;

    internal Climber Pia { get; private set; } = default!;

    internal Climber Quinn { get; private set; } = default!;

    internal long OtherSession { get; private set; }

    internal long SessionToVoid { get; private set; }

    internal int GenerationId { get; private set; }

    internal int ChallengeId { get; private set; }

    internal Guid OpenCode { get; private set; }

    internal Guid VerifiedTicket { get; private set; }

    internal Guid TicketToFinish { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Club = await RankingClub.StartAsync("2026-03-04 22:00");
        Eva = await Club.JoinAsync("Eva", level: 4);
        Olga = await Club.JoinAsync("Olga", level: 4, ClubRole.Officer);
        Admin = new Climber(await Club.App.AdminIdAsync(), "Admin");
        Pia = new Climber(await Club.App.CreateMemberAsync("pia@club.test", status: ApprovalStatus.Pending, displayName: "Pia"), "Pia");
        Quinn = new Climber(await Club.App.CreateMemberAsync("quinn@club.test", status: ApprovalStatus.Pending, displayName: "Quinn"), "Quinn");
        var finn = await Club.JoinAsync("Finn", level: 4);
        OtherSession = await Club.LogAsync(finn, "2026-03-03", "18:00", "19:00", (4, 2));
        SessionToVoid = await Club.LogAsync(finn, "2026-03-02", "18:00", "19:00", (4, 40));
        GenerationId = await Club.GenerationIdAsync(12);
        var challenge = await Club.CallAsync<ChallengeService, Outcome<int>>(s => s.CreateAsync(Olga.Principal, Challenge()));
        Assert.True(challenge.Succeeded, challenge.Message);
        ChallengeId = challenge.Value;
        OpenCode = await AddCodeAsync("verifying@club.test", verified: false);
        VerifiedTicket = await AddCodeAsync("verified@club.test", verified: true);
        TicketToFinish = await AddCodeAsync(FinishingEmail, verified: true);
    }

    public ValueTask DisposeAsync() => Club.DisposeAsync();

    internal static ChallengeInput Challenge() => new()
    {
        Title = "Hostile", StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2026, 3, 31), GoalKind = ChallengeGoalKind.Sessions, Target = 3,
    };

    /// <summary>The member's details as they stand, to change one field of.</summary>
    internal Task<MemberDetails> DetailsAsync(string memberId) => ClubState.DetailsOfAsync(Club.App, memberId);

    /// <summary>Details the last sign-up step would accept.</summary>
    internal async Task<SignUpDetails> SignUpDetailsAsync()
    {
        var eva = await DetailsAsync(Eva.Id);
        return new SignUpDetails
        {
            DisplayName = "Newcomer",
            GenerationId = eva.GenerationId,
            HomeGymId = eva.HomeGymId,
            LevelColourId = eva.LevelColourId,
            Password = Journeys.NewPassword,
            ConfirmPassword = Journeys.NewPassword,
        };
    }

    /// <summary>A sign-up code for the address, as the first step stores it; verified when the applicant typed it.</summary>
    private Task<Guid> AddCodeAsync(string email, bool verified) => Club.App.WithDbAsync(async db =>
    {
        var now = Club.App.Clock!.GetUtcNow();
        var code = new EmailCode
        {
            Id = Guid.NewGuid(),
            Email = email,
            Salt = VerificationCode.NewSalt(),
            RequestedFromIp = "203.0.113.9",
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(10),
            VerifiedAt = verified ? now : null,
        };
        code.CodeHash = VerificationCode.Hash("123456", code.Salt);
        db.EmailCodes.Add(code);
        await db.SaveChangesAsync();
        return code.Id;
    });
}

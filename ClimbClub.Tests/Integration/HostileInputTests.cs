using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Stats;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Features.Profile;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// What a tampered circuit call or a hand-made request could send to the services the pages call: empty, huge,
/// negative, future, unknown ids, markup and control characters. Each is refused with a clear message and nothing in
/// the club changes.
/// </summary>
public sealed class HostileInputTests(HostileClub fixture) : IClassFixture<HostileClub>
{
    private static readonly string Enormous = new('x', 100_000);

    private RankingClub Ranking => fixture.Club;

    private Climber Eva => fixture.Eva;

    private Climber Olga => fixture.Olga;

    private long OtherSession => fixture.OtherSession;

    private int GenerationId => fixture.GenerationId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Cases => [.. HostileCalls.Keys];

    private static Dictionary<string, Func<HostileInputTests, Task<Outcome>>> HostileCalls { get; } = new()
    {
        ["session: nothing filled in"] = t => t.Log(new SessionInput()),
        ["session: a date in 2099"] = t => t.Log(t.Session(s => s.Date = new DateOnly(2099, 1, 1))),
        ["session: minus three problems"] = t => t.Log(t.Session(s => s.Lines[0].Count = -3)),
        ["session: int.MaxValue problems"] = t => t.Log(t.Session(s => s.Lines[0].Count = int.MaxValue)),
        ["session: a gym that does not exist"] = t => t.Log(t.Session(s => s.GymId = 987_654)),
        ["session: a colour that does not exist"] = t => t.Log(t.Session(s => s.Lines[0].ColourId = 987_654)),
        ["session: the same colour twice"] = t => t.Log(t.Session(s => s.Lines.Add(new SessionLineInput { ColourId = s.Lines[0].ColourId, Count = 1 }))),
        ["session: a 100,000-character note"] = t => t.Log(t.Session(s => s.Note = Enormous)),
        ["session: a note with a NUL and an escape"] = t => t.Log(t.Session(s => s.Note = "ok\u0000\u001b[2J")),
        ["session: editing another member's session"] = t => t.Club<LogService>(s => s.UpdateAsync(t.Eva.Principal, t.OtherSession, t.Session(_ => { }), Ct)),
        ["session: deleting another member's session"] = t => t.Club<LogService>(s => s.DeleteAsync(t.Eva.Principal, t.OtherSession, Ct)),
        ["session: deleting id -1"] = t => t.Club<LogService>(s => s.DeleteAsync(t.Eva.Principal, -1, Ct)),
        ["profile: an empty name"] = t => t.Profile(d => d.DisplayName = ""),
        ["profile: a name of markup"] = t => t.Profile(d => d.DisplayName = "<img src=x onerror=alert(1)>"),
        ["profile: a 100,000-character introduction"] = t => t.Profile(d => d.Introduction = Enormous),
        ["profile: a home gym that does not exist"] = t => t.Profile(d => d.HomeGymId = -5),
        ["profile: another generation"] = t => t.Profile(d => d.GenerationId += 1),
        ["profile: an avatar that is not offered"] = t => t.Profile(d => d.Avatar = "../../etc/passwd"),
        ["stats: a range ending before it starts"] = t => t.Club<StatsService>(async s => (await s.MineAsync(t.Eva.Principal, StatsPeriod.Between(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 1)), Ct)).ToOutcome()),
        ["stats: a period of kind 42"] = t => t.Club<StatsService>(async s => (await s.MineAsync(t.Eva.Principal, new StatsPeriod { Kind = (StatsPeriodKind)42 }, Ct)).ToOutcome()),
        ["check-in: a 100,000-character code"] = t => t.Club<CheckInService>(async s => (await s.CheckInWithCodeAsync(t.Eva.Principal, Enormous, Ct)).ToOutcome()),
        ["check-in: a request for session -7"] = t => t.Club<CheckInService>(async s => (await s.RequestAsync(t.Eva.Principal, -7, Ct)).ToOutcome()),
        ["schedule: weekday 99"] = t => t.Club<ScheduleService>(async s => (await s.AddSessionAsync(t.Olga.Principal, new RegularSessionInput { GenerationId = t.GenerationId, Weekday = (DayOfWeek)99, GymId = t.Ranking.GymId, Start = new TimeOnly(19, 0) }, Ct)).ToOutcome()),
        ["holiday: a name of 10,000 characters"] = t => t.Club<ScheduleService>(async s => (await s.AddHolidayAsync(t.Olga.Principal, new HolidayInput { Date = new DateOnly(2026, 5, 5), Name = new string('h', 10_000) }, Ct)).ToOutcome()),
        ["attendance: status 99"] = t => t.Club<AttendanceService>(s => s.CorrectAsync(t.Olga.Principal, t.Eva.Id, new AttendanceCorrection { WeekStart = new DateOnly(2026, 3, 1), Status = (AttendanceStatus)99, Reason = "x" }, Ct)),
        ["attendance: a member id of 5,000 characters"] = t => t.Club<AttendanceService>(s => s.CorrectAsync(t.Olga.Principal, new string('m', 5000), new AttendanceCorrection { WeekStart = new DateOnly(2026, 3, 1), Reason = "x" }, Ct)),
        ["challenge: a goal of minus one"] = t => t.Club<ChallengeService>(async s => (await s.CreateAsync(t.Olga.Principal, Challenge(c => c.Target = -1), Ct)).ToOutcome()),
        ["challenge: a member limit of zero"] = t => t.Club<ChallengeService>(async s => (await s.CreateAsync(t.Olga.Principal, Challenge(c => c.MemberLimit = 0), Ct)).ToOutcome()),
        ["challenge: joining challenge -1"] = t => t.Club<ChallengeService>(s => s.JoinAsync(t.Eva.Principal, -1, Ct)),
        ["notifications: kind 99"] = t => t.Club<NotificationCentre>(s => s.ChooseAsync(t.Eva.Principal, (NotificationKind)99, false, Ct)),
        ["notifications: marking notification -1 read"] = t => t.Club<NotificationCentre>(s => s.MarkReadAsync(t.Eva.Principal, -1, Ct)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IsRefusedWithAClearMessageAndWritesNothing(string hostile)
    {
        var before = await ClubState.SnapshotAsync(Ranking.App);

        var outcome = await HostileCalls[hostile](this);

        Assert.False(outcome.Succeeded, $"{hostile} was accepted.");
        Assert.NotEqual(OutcomeKind.Ok, outcome.Kind);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message), $"{hostile} was refused without a word.");
        Assert.DoesNotContain("Exception", outcome.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await ClubState.SnapshotAsync(Ranking.App));
    }

    [Fact]
    public async Task HangulEmojiAndMarkupInFreeTextAreKeptAsTheMemberWroteThem()
    {
        const string note = "크림프 🧗 <b>not bold</b> & \"quotes\"";
        var logged = await Log(Session(s => s.Note = note));

        Assert.True(logged.Succeeded, logged.Message);
        Assert.Equal(note, await Ranking.App.WithDbAsync(db => db.Sessions.Where(s => s.MemberId == Eva.Id).Select(s => s.Note).SingleAsync(Ct)));
    }

    private SessionInput Session(Action<SessionInput> change)
    {
        var input = Ranking.Session("2026-03-04", "10:00", "11:00", (4, 3));
        change(input);
        return input;
    }

    private static ChallengeInput Challenge(Action<ChallengeInput> change)
    {
        var input = new ChallengeInput
        {
            Title = "Hostile", StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2026, 3, 31), GoalKind = ChallengeGoalKind.Sessions, Target = 3,
        };
        change(input);
        return input;
    }

    private async Task<Outcome> Log(SessionInput input) =>
        (await Ranking.CallAsync<LogService, Outcome<long>>(s => s.AddAsync(Eva.Principal, input, Ct))).ToOutcome();

    private async Task<Outcome> Profile(Action<MemberDetails> change)
    {
        var mine = await Ranking.CallAsync<ProfileService, Outcome<MyProfile>>(s => s.MineAsync(Eva.Principal, Ct));
        var details = mine.Value!.Details;
        change(details);
        return await Ranking.CallAsync<ProfileService, Outcome>(s => s.UpdateAsync(Eva.Principal, details, Ct));
    }

    private Task<Outcome> Club<TService>(Func<TService, Task<Outcome>> call)
        where TService : notnull => Ranking.CallAsync(call);
}

/// <summary>One club for all the hostile calls: Eva and Olga (an officer), and a session of Finn's to tamper with.</summary>
public sealed class HostileClub : IAsyncLifetime
{
    internal RankingClub Club { get; private set; } = default!;

    internal Climber Eva { get; private set; } = default!;

    internal Climber Olga { get; private set; } = default!;

    internal long OtherSession { get; private set; }

    internal int GenerationId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Club = await RankingClub.StartAsync("2026-03-04 22:00");
        Eva = await Club.JoinAsync("Eva", level: 4);
        Olga = await Club.JoinAsync("Olga", level: 4, ClubRole.Officer);
        var finn = await Club.JoinAsync("Finn", level: 4);
        OtherSession = await Club.LogAsync(finn, "2026-03-03", "18:00", "19:00", (4, 2));
        GenerationId = await Club.GenerationIdAsync(12);
    }

    public ValueTask DisposeAsync() => Club.DisposeAsync();
}

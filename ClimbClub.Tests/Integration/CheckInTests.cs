using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Audit;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Checking in at the club's Wednesday sessions of the 12th generation (19:00 at the home gym and at another gym),
/// by the gym screen's code or by a request an officer decides. Each test sets the clock it needs; the clock only
/// moves forward, so the tests use weeks in order of their names.
/// </summary>
public sealed class CheckInTests : IAsyncLifetime
{
    private AttendanceClub club = default!;
    private int homeSession;
    private int otherSession;

    public async ValueTask InitializeAsync()
    {
        club = await AttendanceClub.StartAsync("2026-03-04 17:00");
        homeSession = await club.AddSessionAsync(DayOfWeek.Wednesday, club.HomeGym, "19:00");
        otherSession = await club.AddSessionAsync(DayOfWeek.Wednesday, club.OtherGym, "19:00");
    }

    public ValueTask DisposeAsync() => club.DisposeAsync();

    [Fact]
    public async Task TheScreensCodeChecksAMemberInAtOnceOnTimeOrLate()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        club.MoveTo("2026-03-04 19:30");
        var code = await club.CodeAsync(club.HomeGym);

        var onTime = await club.CheckInAsync(eva, code);
        club.MoveTo("2026-03-04 19:31");
        var late = await club.CheckInAsync(finn, await club.CodeAsync(club.HomeGym));

        Assert.Equal(AttendanceStatus.Present, onTime.Value?.Status);
        Assert.Equal(AttendanceStatus.Late, late.Value?.Status);
        Assert.Equal(["Eva 2026-03-01 #1: Present by QrCode", "Finn 2026-03-01 #1: Late by QrCode"], await club.RecordsAsync(eva, finn));
    }

    [Fact]
    public async Task ACodeIsGoodForTwoMinutesForEveryoneButOnlyOnceForEachMember()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        var gus = await club.JoinAsync("Gus");
        club.MoveTo("2026-03-04 18:55");
        var code = await club.CodeAsync(club.HomeGym);

        Assert.True((await club.CheckInAsync(eva, code)).Succeeded);
        var replayed = await club.CheckInAsync(eva, code);
        club.MoveTo("2026-03-04 18:57");
        var sharedInTime = await club.CheckInAsync(finn, code);
        club.Club.App.Clock!.Advance(TimeSpan.FromSeconds(1));
        var expired = await club.CheckInAsync(gus, code);

        Assert.Equal((OutcomeKind.Conflict, "This check-in code has already been used."), (replayed.Kind, replayed.Message));
        Assert.True(sharedInTime.Succeeded, sharedInTime.Message);
        Assert.Equal((OutcomeKind.Invalid, "This check-in code has expired. Scan the code on the gym screen again."), (expired.Kind, expired.Message));
        Assert.Equal(["Eva 2026-03-01 #1: Present by QrCode", "Finn 2026-03-01 #1: Present by QrCode"], await club.RecordsAsync(eva, finn, gus));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-code")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("tampered")]
    public async Task ACodeTheAppDidNotIssueIsRefusedAndWritesNothing(string? code)
    {
        var eva = await club.JoinAsync("Eva");
        club.MoveTo("2026-03-04 19:00");
        if (code == "tampered")
        {
            var real = await club.CodeAsync(club.HomeGym);
            code = real[..10] + (real[10] == 'A' ? 'B' : 'A') + real[11..];
        }

        var outcome = await club.CheckInAsync(eva, code);

        Assert.Equal((OutcomeKind.Invalid, "This check-in code is not valid. Scan the code on the gym screen again."), (outcome.Kind, outcome.Message));
        Assert.Empty(await club.RecordsAsync(eva));
    }

    [Fact]
    public async Task OneCheckInPerWeekAndYesterdaysCodeIsNoGoodToday()
    {
        var eva = await club.JoinAsync("Eva");
        club.MoveTo("2026-03-04 19:00");
        Assert.True((await club.CheckInAsync(eva, await club.CodeAsync(club.HomeGym))).Succeeded);

        var second = await club.CheckInAsync(eva, await club.CodeAsync(club.OtherGym));
        var code = await club.CodeAsync(club.HomeGym);
        club.MoveTo("2026-03-05 00:01");
        var nextDay = await club.CheckInAsync(eva, code);

        Assert.Equal((OutcomeKind.Conflict, "You are already checked in this week."), (second.Kind, second.Message));
        Assert.Equal(OutcomeKind.Invalid, nextDay.Kind);
        Assert.Equal(["Eva 2026-03-01 #1: Present by QrCode"], await club.RecordsAsync(eva));
    }

    [Fact]
    public async Task TwoCheckInsAtAnotherGymPerGenerationAndNoMore()
    {
        var eva = await club.JoinAsync("Eva");
        foreach (var day in new[] { "2026-03-04", "2026-03-11" })
        {
            club.MoveTo($"{day} 19:00");
            Assert.True((await club.CheckInAsync(eva, await club.CodeAsync(club.OtherGym))).Succeeded);
        }

        club.MoveTo("2026-03-18 19:00");
        var third = await club.CheckInAsync(eva, await club.CodeAsync(club.OtherGym));
        var request = await club.RequestAsync(eva, otherSession);
        var atHome = await club.CheckInAsync(eva, await club.CodeAsync(club.HomeGym));

        Assert.Equal("You have used your 2 check-ins at other gyms this generation. Check in at your home gym.", third.Message);
        Assert.Equal(third.Message, request.Message);
        Assert.True(atHome.Succeeded, atHome.Message);
        Assert.Equal(
            ["Eva 2026-03-01 #1: Present by QrCode, other gym", "Eva 2026-03-08 #2: Present by QrCode, other gym", "Eva 2026-03-15 #3: Present by QrCode"],
            await club.RecordsAsync(eva));
    }

    [Fact]
    public async Task ARequestWaitsForAnOfficerWhoRecordsItByWhenItWasMade()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        club.MoveTo("2026-03-04 17:59");
        var early = await club.RequestAsync(eva, homeSession);
        club.MoveTo("2026-03-04 19:45");
        var evaAsks = await club.RequestAsync(eva, homeSession);
        var evaAsksAgain = await club.RequestAsync(eva, homeSession);
        var finnAsks = await club.RequestAsync(finn, homeSession);
        club.MoveTo("2026-03-04 21:00");

        var approved = await club.DecideAsync(club.Officer, evaAsks.Value, approve: true);
        var rejected = await club.DecideAsync(club.Officer, finnAsks.Value, approve: false, "Not seen at the gym tonight");
        var again = await club.DecideAsync(club.Officer, evaAsks.Value, approve: false);

        Assert.Equal((OutcomeKind.Conflict, "Check-in opens at 18:00."), (early.Kind, early.Message));
        Assert.Equal("You have already asked to be checked in this week; an officer will decide.", evaAsksAgain.Message);
        Assert.True(approved.Succeeded && rejected.Succeeded, approved.Message + rejected.Message);
        Assert.Equal("This request has already been decided.", again.Message);
        Assert.Equal(["Eva 2026-03-01 #1: Late by Request"], await club.RecordsAsync(eva, finn));
        Assert.Equal(["Rejected (Not seen at the gym tonight)"], await club.RequestsAsync(finn));
    }

    [Fact]
    public async Task NobodyDecidesTheirOwnRequestAndMembersDecideNone()
    {
        var eva = await club.JoinAsync("Eva");
        var olgasDeputy = await club.Club.JoinAsync("Pia", level: 4, ClubRole.Officer);
        club.MoveTo("2026-03-04 19:10");
        var own = await club.RequestAsync(club.Officer, homeSession);
        var evas = await club.RequestAsync(eva, homeSession);

        var byHerself = await club.DecideAsync(club.Officer, own.Value, approve: true);
        var byAMember = await club.DecideAsync(eva, own.Value, approve: true);
        var byTheMember = await club.DecideAsync(eva, evas.Value, approve: true);
        var byAnother = await club.DecideAsync(olgasDeputy, own.Value, approve: true);

        Assert.Equal((OutcomeKind.Denied, "You cannot decide your own request; another officer will."), (byHerself.Kind, byHerself.Message));
        Assert.Equal((OutcomeKind.Denied, OutcomeKind.Denied), (byAMember.Kind, byTheMember.Kind));
        Assert.True(byAnother.Succeeded, byAnother.Message);
        Assert.Equal(["Olga 2026-03-01 #1: Present by Request"], await club.RecordsAsync(club.Officer, eva));
        Assert.Equal(["Pending"], await club.RequestsAsync(eva));
    }

    [Fact]
    public async Task OnAHolidayThereIsNothingToCheckInTo()
    {
        var eva = await club.JoinAsync("Eva");
        await club.AddHolidayAsync("2026-03-25", "Spring break");
        club.MoveTo("2026-03-25 19:00");

        var request = await club.RequestAsync(eva, homeSession);
        var mine = await club.Club.CallAsync<CheckInService, Outcome<MyCheckIn>>(s => s.MineAsync(eva.Principal, TestContext.Current.CancellationToken));

        Assert.Equal((OutcomeKind.NotFound, "There is no club session to check in to right now."), (request.Kind, request.Message));
        Assert.True(mine.Value!.IsHoliday);
        Assert.Empty(mine.Value.Sessions);
    }

    [Fact]
    public async Task AnOfficerCorrectsAWeekWithAReasonThatIsAudited()
    {
        var eva = await club.JoinAsync("Eva");
        club.MoveTo("2026-03-12 10:00");
        var week1 = new AttendanceCorrection { WeekStart = RankingClub.Day("2026-03-01"), Status = AttendanceStatus.Present, Reason = "Signed the paper list" };

        var byMember = await Correct(eva, eva, week1);
        var noReason = await Correct(club.Officer, eva, new AttendanceCorrection { WeekStart = week1.WeekStart, Status = AttendanceStatus.Present, Reason = " " });
        var notAWeekStart = await Correct(club.Officer, eva, new AttendanceCorrection { WeekStart = RankingClub.Day("2026-03-02"), Reason = "x" });
        var future = await Correct(club.Officer, eva, new AttendanceCorrection { WeekStart = RankingClub.Day("2026-03-15"), Reason = "x" });
        var done = await Correct(club.Officer, eva, week1);

        Assert.Equal(OutcomeKind.Denied, byMember.Kind);
        Assert.Equal("Give a reason: it goes to the audit log.", noReason.Message);
        Assert.Equal("Choose a week of a generation.", notAWeekStart.Message);
        Assert.Equal("That week has not started yet.", future.Message);
        Assert.True(done.Succeeded, done.Message);
        Assert.Equal(["Eva 2026-03-01 #1: Present by Correction"], await club.RecordsAsync(eva));
        Assert.Equal(1, await ClubState.AuditCountAsync(club.Club.App, AuditActions.AttendanceCorrected));
    }

    [Fact]
    public async Task AMemberReadsOnlyTheirOwnAttendance()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");

        var own = await club.Club.CallAsync<AttendanceService, Outcome<MemberAttendance>>(s => s.MemberAsync(eva.Principal, eva.Id, null, TestContext.Current.CancellationToken));
        var others = await club.Club.CallAsync<AttendanceService, Outcome<MemberAttendance>>(s => s.MemberAsync(eva.Principal, finn.Id, null, TestContext.Current.CancellationToken));
        var rates = await club.Club.CallAsync<AttendanceService, Outcome<GenerationRates>>(s => s.RatesAsync(eva.Principal, null, TestContext.Current.CancellationToken));
        var asOfficer = await club.Club.CallAsync<AttendanceService, Outcome<MemberAttendance>>(s => s.MemberAsync(club.Officer.Principal, finn.Id, null, TestContext.Current.CancellationToken));

        Assert.True(own.Succeeded, own.Message);
        Assert.Equal((OutcomeKind.Denied, "You can only see your own attendance."), (others.Kind, others.Message));
        Assert.Equal(OutcomeKind.Denied, rates.Kind);
        Assert.Equal("Finn", asOfficer.Value?.DisplayName);
    }

    private Task<Outcome> Correct(Climber who, Climber member, AttendanceCorrection correction) =>
        club.Club.CallAsync<AttendanceService, Outcome>(s => s.CorrectAsync(who.Principal, member.Id, correction, TestContext.Current.CancellationToken));
}

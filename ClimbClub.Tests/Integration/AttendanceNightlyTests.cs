using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Web.Features.Attendance;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The nightly job over the first weeks of the 12th generation (weeks run Sunday to Saturday), with one regular
/// session on Wednesdays at 19:00 and a holiday on the Wednesday of week 3:
///   week 1 (03-01..03-07): Eva checks in on time; Finn asks at 19:40 and no officer decides.
///   week 2 (03-08..03-14): Eva checks in at 19:45 (late); the app is down from 03-10 to 03-22.
///   week 3 (03-15..03-21): the only session day is a holiday. Hana is approved on 03-19.
/// </summary>
public sealed class AttendanceNightlyTests : IAsyncLifetime
{
    private AttendanceClub club = default!;
    private Climber eva = default!;
    private Climber finn = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        club = await AttendanceClub.StartAsync("2026-03-01 10:00");
        await club.AddSessionAsync(DayOfWeek.Wednesday, club.HomeGym, "19:00");
        await club.AddHolidayAsync("2026-03-18", "Founders' day");
        eva = await club.JoinAsync("Eva");
        finn = await club.JoinAsync("Finn");
    }

    public ValueTask DisposeAsync() => club.DisposeAsync();

    [Fact]
    public async Task EachNightClosesTheDayAndEachWeekEndsWithAnAbsenceForWhoeverDidNotComeAndMissedNightsAreCaughtUp()
    {
        club.MoveTo("2026-03-04 19:05");
        Assert.True((await club.CheckInAsync(eva, await club.CodeAsync(club.HomeGym))).Succeeded);
        club.MoveTo("2026-03-04 19:40");
        var sessionId = (await club.Club.CallAsync<CheckInService, Outcome<MyCheckIn>>(s => s.MineAsync(finn.Principal, Ct))).Value!.Sessions.Single().Id;
        Assert.True((await club.RequestAsync(finn, sessionId)).Succeeded);

        club.MoveTo("2026-03-05 00:05");
        var thursday = await club.RunNightAsync();
        Assert.Equal(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"], thursday.DaysClosed.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["Rejected (No officer decided by the end of the day.)"], await club.RequestsAsync(finn));
        Assert.Equal(["Eva 2026-03-01 #1: Present by QrCode"], await club.RecordsAsync(eva, finn));

        club.MoveTo("2026-03-08 00:05");
        var sunday = await club.RunNightAsync();
        Assert.Equal(3, sunday.DaysClosed.Count);
        Assert.Equal(
            ["Eva 2026-03-01 #1: Present by QrCode", "Finn 2026-03-01 #1: Absent by Nightly", "Olga 2026-03-01 #1: Absent by Nightly"],
            await club.RecordsAsync(eva, finn, club.Officer));

        club.MoveTo("2026-03-11 19:45");
        Assert.Equal(AttendanceStatus.Late, (await club.CheckInAsync(eva, await club.CodeAsync(club.HomeGym))).Value?.Status);
        var hana = await club.JoinAsync("Hana");
        await club.Club.App.WithDbAsync(db => db.Users.Where(u => u.Id == hana.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.DecidedAt, RankingClub.At("2026-03-19 12:00")), Ct));

        // Nobody ran the nights from 03-08 to 03-21: the first run after the restart closes them all.
        club.MoveTo("2026-03-22 09:00");
        var afterTheOutage = await club.RunNightAsync();

        Assert.Equal(14, afterTheOutage.DaysClosed.Count);
        Assert.Equal(
            [
                "Eva 2026-03-01 #1: Present by QrCode",
                "Finn 2026-03-01 #1: Absent by Nightly",
                "Eva 2026-03-08 #2: Late by QrCode",
                "Finn 2026-03-08 #2: Absent by Nightly",
                "Eva 2026-03-15 #3: Holiday by Nightly",
                "Finn 2026-03-15 #3: Holiday by Nightly",
                "Hana 2026-03-15 #3: Holiday by Nightly",
            ],
            await club.RecordsAsync(eva, finn, hana));

        // Week 2's absences are Finn's, Olga's and the club admin's; week 3 is a holiday for those three, Eva and Hana.
        Assert.Equal((3, 5, 0), (afterTheOutage.AbsencesMarked, afterTheOutage.HolidaysRecorded, afterTheOutage.RequestsRejected));

        var rates = await club.Club.CallAsync<AttendanceService, Outcome<GenerationRates>>(s => s.RatesAsync(club.Officer.Principal, null, Ct));
        var byName = rates.Value!.Members.ToDictionary(m => m.DisplayName, m => m.Tally);
        Assert.Equal((new AttendanceTally(1, 1, 0, 1), 1m), (byName["Eva"], byName["Eva"].Rate));
        Assert.Equal((new AttendanceTally(0, 0, 2, 1), 0m), (byName["Finn"], byName["Finn"].Rate));
        Assert.Equal((new AttendanceTally(0, 0, 0, 1), (decimal?)null), (byName["Hana"], byName["Hana"].Rate));
    }

    [Fact]
    public async Task RunningAgainChangesNothingAndACorrectionIsNeverOverwritten()
    {
        club.MoveTo("2026-03-06 12:00");
        var corrected = await club.Club.CallAsync<AttendanceService, Outcome>(s => s.CorrectAsync(
            club.Officer.Principal, finn.Id, new AttendanceCorrection { WeekStart = RankingClub.Day("2026-03-01"), Status = AttendanceStatus.Late, Reason = "Came after the warm-up" }, Ct));
        Assert.True(corrected.Succeeded, corrected.Message);
        club.MoveTo("2026-03-08 00:05");

        var first = await club.RunNightAsync();
        var before = await club.RecordsAsync(eva, finn);
        var second = await club.RunNightAsync();

        Assert.NotEmpty(first.DaysClosed);
        Assert.Empty(second.DaysClosed);
        Assert.Equal(before, await club.RecordsAsync(eva, finn));
        Assert.Equal(["Eva 2026-03-01 #1: Absent by Nightly", "Finn 2026-03-01 #1: Late by Correction"], before);
    }

    [Fact]
    public async Task TwoRunsAtOnceCloseEachDayOnce()
    {
        club.MoveTo("2026-03-15 00:05");

        var runs = await Task.WhenAll(club.RunNightAsync(), club.RunNightAsync());

        Assert.Equal(
            runs.SelectMany(r => r.DaysClosed).Order().ToArray(),
            runs.SelectMany(r => r.DaysClosed).Distinct().Order().ToArray());
        Assert.Equal(["Eva 2026-03-01 #1: Absent by Nightly", "Eva 2026-03-08 #2: Absent by Nightly"], await club.RecordsAsync(eva));
    }
}

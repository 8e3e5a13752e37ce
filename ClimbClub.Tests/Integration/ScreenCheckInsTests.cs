using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Screen;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The gym screen's check-in slide as the screen reads it over a session evening: nothing before check-in opens, then a
/// code per open session and today's check-ins newest first, without members who hid themselves from the screen.
/// </summary>
public sealed class ScreenCheckInsTests
{
    private const string MainHall = "Main Hall Bouldering";
    private const string Riverside = "Riverside Boulders";

    // Wednesday 2026-06-10, 17:30 in Seoul: the 19:00 session opens for check-in at 18:00.
    private static readonly DateTimeOffset BeforeOpening = new(2026, 6, 10, 8, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CodesAppearAsSessionsOpenAndTodaysCheckInsListNewestFirstWithoutHiddenMembers()
    {
        await using var club = new ClimbClubApp().WithManualClock(BeforeOpening);
        var officer = await club.CreateMemberAsync("officer@checkin.test", ClubRole.Officer, displayName: "Officer Oh");
        var main = await club.AddSessionTodayAsync(officer, new TimeOnly(19, 0), MainHall);
        var riverside = await club.AddSessionTodayAsync(officer, new TimeOnly(20, 30), Riverside);
        var tv = RankedClub.Viewer(key: await club.CreateScreenKeyAsync("TV at Main Hall"));
        var ann = await club.CreateMemberAsync("ann@checkin.test", displayName: "Ann Arete");
        var ben = await club.CreateMemberAsync("ben@checkin.test", displayName: "Ben Beta");
        var hana = await club.CreateMemberAsync("hana@checkin.test", displayName: "Hana Hidden");
        var lee = await club.CreateMemberAsync("lee@checkin.test", displayName: "Lee Late");
        await club.MoveHomeGymAsync(ben, Riverside);
        await club.HideFromScreenAsync(hana);

        var before = await ReadAsync(club, tv);
        Assert.Equal((false, 0, 0), (before.IsWorthShowing, before.Codes.Count, before.Today.Count));

        club.Clock!.Advance(TimeSpan.FromMinutes(40));
        var open = await ReadAsync(club, tv);
        Assert.True(open.IsWorthShowing);
        Assert.Equal([(main, MainHall, new TimeOnly(19, 0))], open.Codes.Select(c => (c.Session.Id, c.Session.Gym, c.Session.Start)));
        Assert.Empty(open.Today);

        await club.CheckInAsync(ann, main);
        club.Clock.Advance(TimeSpan.FromMinutes(5));
        await club.CheckInAsync(ben, main);
        await club.CheckInAsync(hana, main);
        club.Clock.Advance(TimeSpan.FromMinutes(80));
        await club.CheckInAsync(lee, main);

        var evening = await ReadAsync(club, tv);
        Assert.Equal([MainHall, Riverside], evening.Codes.Select(c => c.Session.Gym));
        Assert.Equal(
            [("Lee Late", AttendanceStatus.Late, false), ("Ben Beta", AttendanceStatus.Present, true), ("Ann Arete", AttendanceStatus.Present, false)],
            evening.Today.Select(r => (r.DisplayName, r.Status, r.IsAlternate)));
        Assert.Equal(BeforeOpening.AddMinutes(125), evening.Today[0].CheckedInAt);
    }

    [Fact]
    public async Task OnlyAnOfficerOrAValidKioskLinkGetsTheCodes()
    {
        await using var club = new ClimbClubApp().WithManualClock(BeforeOpening.AddHours(1));
        var officer = await club.CreateMemberAsync("officer@codes.test", ClubRole.Officer);
        var member = await club.CreateMemberAsync("member@codes.test");
        await club.AddSessionTodayAsync(officer, new TimeOnly(19, 0));
        var key = await club.CreateScreenKeyAsync("TV at Main Hall");

        Assert.NotNull(await ReadOrNullAsync(club, RankedClub.Viewer(key: key)));
        Assert.NotNull(await ReadOrNullAsync(club, RankedClub.Viewer(ClimbClubApp.PrincipalOf(officer))));
        Assert.Null(await ReadOrNullAsync(club, RankedClub.Viewer(ClimbClubApp.PrincipalOf(member))));
        Assert.Null(await ReadOrNullAsync(club, RankedClub.Viewer()));
        Assert.Null(await ReadOrNullAsync(club, RankedClub.Viewer(key: key[..^2])));
    }

    private static async Task<ScreenCheckIns> ReadAsync(ClimbClubApp club, ScreenViewer viewer) =>
        await ReadOrNullAsync(club, viewer) ?? throw new InvalidOperationException("The screen was turned away.");

    private static async Task<ScreenCheckIns?> ReadOrNullAsync(ClimbClubApp club, ScreenViewer viewer)
    {
        await using var scope = club.Scope();
        return await scope.ServiceProvider.GetRequiredService<ScreenService>().CheckInsAsync(viewer, Ct);
    }
}

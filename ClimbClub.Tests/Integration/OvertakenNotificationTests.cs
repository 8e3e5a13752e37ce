using ClimbClub.Core;
using ClimbClub.Core.Notifications;
using ClimbClub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>After each ranking run, a member passed on this week's board hears who passed them, once.</summary>
public sealed class OvertakenNotificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMemberHearsOnceWhoPassedThemUnlessTheyTurnedThatOff()
    {
        await using var club = await RankingClub.StartAsync("2026-03-04 22:00");
        var eva = await club.JoinAsync("Eva", level: 4);
        var finn = await club.JoinAsync("Finn", level: 4);
        var gus = await club.JoinAsync("Gus", level: 4);
        await club.LogAsync(eva, "2026-03-02", "18:00", "19:00", (4, 5));
        await club.RefreshAsync();
        await club.LogAsync(finn, "2026-03-03", "18:00", "19:00", (4, 3));
        await club.RefreshAsync();
        Assert.Empty(await OvertakenAsync(club, eva));

        await club.LogAsync(finn, "2026-03-04", "18:00", "19:00", (4, 4));
        await club.RefreshAsync();
        await club.RefreshAsync();
        Assert.Equal(["Finn"], await OvertakenAsync(club, eva));

        var off = await club.CallAsync<NotificationCentre, Outcome>(c => c.ChooseAsync(eva.Principal, NotificationKind.OvertakenOnWeeklyBoard, on: false, Ct));
        Assert.True(off.Succeeded, off.Message);
        await club.LogAsync(gus, "2026-03-04", "10:00", "11:00", (4, 9));
        await club.RefreshAsync();

        Assert.Equal(["Finn"], await OvertakenAsync(club, eva));
        Assert.Equal(["Gus"], await OvertakenAsync(club, finn));
    }

    private static Task<string[]> OvertakenAsync(RankingClub club, Climber who) => club.App.WithDbAsync(async db =>
        (await db.Notifications.Where(n => n.MemberId == who.Id && n.Kind == NotificationKind.OvertakenOnWeeklyBoard).OrderBy(n => n.Id).Select(n => n.Subject).ToListAsync(Ct))
            .ToArray());
}

using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Screen;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// What the gym screen shows next to what the app's leaderboards show: members who hid themselves are on the boards
/// in the app but not on the public screen, and the screen's places are counted among the members it shows.
/// </summary>
public sealed class ScreenBoardsTests(RankedClub club) : IClassFixture<RankedClub>
{
    private static readonly (int Rank, string Name, decimal Points)[] OnTheScreen =
    [
        (1, "Bora Boulder", 20),
        (1, "Chul Crimp", 20),
        (3, "Dami Dyno", 10),
    ];

    private static readonly (int Rank, string Name, decimal Points)[] InTheApp =
    [
        (1, "Hana Hidden", 30),
        (2, "Bora Boulder", 20),
        (2, "Chul Crimp", 20),
        (4, "Dami Dyno", 10),
        (5, "Eunji Elsewhere", 5),
    ];

    [Fact]
    public async Task TheScreenLeavesOutHiddenMembersAndCountsPlacesAmongThoseShown()
    {
        await using var scope = club.Scope();
        var screen = scope.ServiceProvider.GetRequiredService<ScreenService>();

        var boards = await screen.BoardsAsync(RankedClub.Viewer(key: club.ValidKey), TestContext.Current.CancellationToken);

        Assert.NotNull(boards);
        Assert.Equal(OnTheScreen, boards.Week10.Select(r => (r.Rank, r.DisplayName, r.Points)));
        Assert.Equal(OnTheScreen, boards.Generation10.Select(r => (r.Rank, r.DisplayName, r.Points)));
        Assert.Equal(OnTheScreen, boards.AllTime10.Select(r => (r.Rank, r.DisplayName, r.Points)));
    }

    [Fact]
    public async Task TheLeaderboardsInTheAppStillShowHiddenMembersInTheirPlaces()
    {
        await using var scope = club.Scope();
        var boards = scope.ServiceProvider.GetRequiredService<LeaderboardService>();
        var member = ClimbClubApp.PrincipalOf(club.MemberId);
        var ct = TestContext.Current.CancellationToken;

        var week = (await boards.WeekAsync(member, previous: false, LeaderboardService.FirstRows, ct)).Value!.Board;
        var generation = (await boards.GenerationAsync(member, null, LeaderboardService.FirstRows, ct)).Value!.Board;
        var allTime = (await boards.AllTimeAsync(member, LeaderboardService.FirstRows, ct)).Value!;

        Assert.Equal(InTheApp, week.Rows.Select(r => (r.Rank, r.DisplayName, r.Points)));
        Assert.Equal(InTheApp, generation.Rows.Select(r => (r.Rank, r.DisplayName, r.Points)));
        Assert.Equal(InTheApp, allTime.Rows.Select(r => (r.Rank, r.DisplayName, r.Points)));
    }

    [Fact]
    public async Task AHiddenMemberSeesTheirOwnRowAndTheirChoice()
    {
        await using var scope = club.Scope();
        var boards = scope.ServiceProvider.GetRequiredService<LeaderboardService>();
        var hana = ClimbClubApp.PrincipalOf(club.ClimberIds["Hana Hidden"]);

        var allTime = (await boards.AllTimeAsync(hana, LeaderboardService.FirstRows, TestContext.Current.CancellationToken)).Value!;

        Assert.Equal((1, "Hana Hidden"), (allTime.Me!.Rank, allTime.Me.DisplayName));
        Assert.True(await boards.IsHiddenFromScreenAsync(hana, TestContext.Current.CancellationToken));
        Assert.False(await boards.IsHiddenFromScreenAsync(ClimbClubApp.PrincipalOf(club.ClimberIds["Bora Boulder"]), TestContext.Current.CancellationToken));
    }
}

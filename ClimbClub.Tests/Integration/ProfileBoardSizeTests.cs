using System.Globalization;
using ClimbClub.Core;
using ClimbClub.Core.Stats;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Profile;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The "of" in "#2 of 3": how many members a board holds, as the profile card and the stats say it. A member who
/// leaves the club stops counting at once, and a week long frozen still follows an account deletion.
/// </summary>
public sealed class ProfileBoardSizeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMemberWhoLeavesTheClubNoLongerCountsBeforeTheNextRankingRun()
    {
        await using var club = await RankingClub.StartAsync("2026-03-04 22:00");
        var (eva, _, gus) = await PlayWeekOneAsync(club);
        Assert.Equal((3, 3, 3), await SizesAsync(club, eva));

        await club.App.WithDbAsync(db => db.Users.Where(u => u.Id == gus.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false), Ct));

        Assert.Equal((2, 2, 2), await SizesAsync(club, eva));
    }

    [Fact]
    public async Task AFrozenWeekCountsTheMembersItRankedUntilOneOfThemDeletesTheirAccount()
    {
        await using var club = await RankingClub.StartAsync("2026-03-04 22:00");
        var (eva, _, gus) = await PlayWeekOneAsync(club);
        club.MoveTo("2026-03-25 22:00");
        await club.RefreshAsync();
        Assert.Equal("2026-03-01 of 3", await WeekOneAsync(club, eva));
        Assert.Equal("2026-03-01 of 3", await WeekOneAsync(club, eva));

        var deleted = await club.CallAsync<AccountDeletionService, Outcome>(d => d.DeleteAsync(gus.Principal, ClimbClubApp.MemberPassword, Ct));

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Equal("2026-03-01 of 2", await WeekOneAsync(club, eva));
    }

    /// <summary>Eva, Finn and Gus each climb once in week 1 of the 12th (03-01..03-07); the ranking job runs.</summary>
    private static async Task<(Climber Eva, Climber Finn, Climber Gus)> PlayWeekOneAsync(RankingClub club)
    {
        var eva = await club.JoinAsync("Eva", level: 4);
        var finn = await club.JoinAsync("Finn", level: 4);
        var gus = await club.JoinAsync("Gus", level: 4);
        await club.LogAsync(eva, "2026-03-02", "18:00", "19:00", (4, 3));
        await club.LogAsync(finn, "2026-03-03", "18:00", "19:00", (4, 5));
        await club.LogAsync(gus, "2026-03-04", "18:00", "19:00", (4, 1));
        await club.RefreshAsync();
        return (eva, finn, gus);
    }

    /// <summary>The sizes of the generation and all-time boards on the member's profile card, and of the generation's in their stats.</summary>
    private static async Task<(int Generation, int AllTime, int Stats)> SizesAsync(RankingClub club, Climber who)
    {
        var profile = await club.CallAsync<ProfileService, Outcome<MyProfile>>(p => p.MineAsync(who.Principal, Ct));
        var stats = await StatsAsync(club, who);
        return (profile.Value!.Public.GenerationStanding!.Of, profile.Value.Public.AllTimeStanding!.Of, stats.Standing!.Of);
    }

    private static async Task<string> WeekOneAsync(RankingClub club, Climber who)
    {
        var week = (await StatsAsync(club, who)).Weeks.Single(w => w.Start == RankingClub.Day("2026-03-01"));
        return string.Create(CultureInfo.InvariantCulture, $"{week.Start:yyyy-MM-dd} of {week.RankedMembers}");
    }

    private static async Task<MyStats> StatsAsync(RankingClub club, Climber who)
    {
        var outcome = await club.CallAsync<StatsService, Outcome<MyStats>>(s => s.MineAsync(who.Principal, StatsPeriod.CurrentGeneration, Ct));
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }
}

using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Profile;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>Members read and edit their own profile and read the public part of others', through the service the pages call.</summary>
public sealed class ProfileServiceTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMemberChangesTheirDetailsAndSessionsAlreadyLoggedKeepTheirLevel()
    {
        var me = await app.CreateMemberAsync("editor@profile.test", displayName: "Old Name");
        await app.LogSessionAsync(me, problems: 3);
        var mine = await MineAsync(me);
        var (gym, colour) = await OtherGymAndColourAsync(mine.Details);
        var details = Copy(mine.Details);
        (details.DisplayName, details.HomeGymId, details.LevelColourId, details.Avatar, details.Introduction) = ("새 이름 Kim", gym, colour, "moon", "  Slab lover 🧗  ");

        var saved = await CallAsync(p => p.UpdateAsync(ClimbClubApp.PrincipalOf(me), details, Ct));

        Assert.True(saved.Succeeded, saved.Message);
        var after = await MineAsync(me);
        Assert.Equal(("새 이름 Kim", "moon", "Slab lover 🧗"), (after.Public.DisplayName, after.Public.Avatar, after.Public.Introduction));
        Assert.Equal((gym, colour, mine.Details.GenerationId), (after.Details.HomeGymId, after.Details.LevelColourId, after.Details.GenerationId));
        Assert.Equal(1, await app.WithDbAsync(db => db.Sessions.Where(s => s.MemberId == me).Select(s => s.MemberLevel).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ChangingMyOwnGenerationIsRefusedAndWritesNothing()
    {
        var me = await app.CreateMemberAsync("tamper@profile.test");
        var mine = await MineAsync(me);
        var other = await app.WithDbAsync(db => db.Generations.Where(g => g.Id != mine.Details.GenerationId).Select(g => g.Id).FirstAsync(Ct));
        var details = Copy(mine.Details);
        (details.GenerationId, details.DisplayName) = (other, "Sneaky");
        var before = await ClubState.SnapshotAsync(app);

        var outcome = await CallAsync(p => p.UpdateAsync(ClimbClubApp.PrincipalOf(me), details, Ct));

        Assert.Equal((OutcomeKind.Denied, "Your generation is set by the club. Ask an admin to change it."), (outcome.Kind, outcome.Message));
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Theory]
    [InlineData("", "DisplayName", "Enter the name other members will see.")]
    [InlineData("<script>", "DisplayName", null)]
    [InlineData("avatar:dragon", "Avatar", null)]
    [InlineData("gym:999999", "HomeGymId", "Choose one of the club's open gyms.")]
    [InlineData("colour:999999", "LevelColourId", "Choose a colour from the club's scale.")]
    public async Task BadDetailsAreRefusedOnTheirFieldAndWriteNothing(string change, string field, string? words)
    {
        var me = await app.CreateMemberAsync($"bad-{Guid.NewGuid():N}@profile.test", displayName: "Bad Input");
        var details = Copy((await MineAsync(me)).Details);
        switch (change.Split(':'))
        {
            case ["avatar", var avatar]: details.Avatar = avatar; break;
            case ["gym", var gym]: details.HomeGymId = int.Parse(gym, System.Globalization.CultureInfo.InvariantCulture); break;
            case ["colour", var colour]: details.LevelColourId = int.Parse(colour, System.Globalization.CultureInfo.InvariantCulture); break;
            default: details.DisplayName = change; break;
        }

        var before = await ClubState.SnapshotAsync(app);
        var outcome = await CallAsync(p => p.UpdateAsync(ClimbClubApp.PrincipalOf(me), details, Ct));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(field, error.Field);
        if (words is not null)
        {
            Assert.StartsWith(words, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Fact]
    public async Task AClosedHomeGymMayBeKeptButNotNewlyChosen()
    {
        var me = await app.CreateMemberAsync("closed-gym@profile.test");
        var mine = await MineAsync(me);
        var closed = await app.WithDbAsync(async db =>
        {
            var gym = new Gym { Name = $"Closed {Guid.NewGuid():N}"[..20], IsActive = false };
            db.Gyms.Add(gym);
            await db.SaveChangesAsync(Ct);
            return gym.Id;
        });
        var choose = Copy(mine.Details);
        choose.HomeGymId = closed;

        var refused = await CallAsync(p => p.UpdateAsync(ClimbClubApp.PrincipalOf(me), choose, Ct));
        Assert.Equal("Choose one of the club's open gyms.", refused.Message);

        await app.WithDbAsync(db => db.Users.Where(u => u.Id == me).ExecuteUpdateAsync(s => s.SetProperty(u => u.HomeGymId, closed), Ct));
        var keep = Copy(mine.Details);
        (keep.HomeGymId, keep.Introduction) = (closed, "Still here");
        var kept = await CallAsync(p => p.UpdateAsync(ClimbClubApp.PrincipalOf(me), keep, Ct));
        Assert.True(kept.Succeeded, kept.Message);
        var choices = await app.Scope().ServiceProvider.GetRequiredService<ProfileService>().ChoicesAsync(ClimbClubApp.PrincipalOf(me), Ct);
        Assert.Contains(choices.Value!.Gyms, g => g.Id == closed);
    }

    [Fact]
    public async Task AnotherMembersProfileShowsThePublicPartAndMineIsMarkedAsMine()
    {
        var viewer = await app.CreateMemberAsync("viewer@profile.test", displayName: "Viewer");
        var shown = await app.CreateMemberAsync("shown@profile.test", ClubRole.Officer, displayName: "Shown One");

        var profile = await ForAsync(viewer, shown);
        var own = await ForAsync(shown, shown);

        Assert.True(profile.Succeeded, profile.Message);
        Assert.Equal(("Shown One", ClubRole.Officer, false), (profile.Value!.DisplayName, profile.Value.Role, profile.Value.IsMe));
        Assert.True(own.Value!.IsMe);
    }

    [Fact]
    public async Task ApplicantsDeactivatedAndUnknownMembersHaveNoProfileAndOutsidersSeeNone()
    {
        var viewer = await app.CreateMemberAsync("looker@profile.test");
        var pending = await app.CreateMemberAsync("applicant@profile.test", status: ApprovalStatus.Pending);
        var gone = await app.CreateMemberAsync("gone@profile.test");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == gone).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false), Ct));

        foreach (var id in new[] { pending, gone, "no-such-id", "", new string('x', 500) })
        {
            var outcome = await ForAsync(viewer, id);
            Assert.Equal((OutcomeKind.NotFound, "There is no member with that link. They may have left the club."), (outcome.Kind, outcome.Message));
        }

        var outsider = await ForAsync(pending, viewer);
        Assert.Equal(OutcomeKind.Denied, outsider.Kind);
        Assert.Equal(OutcomeKind.Denied, (await CallAsync(p => p.UpdateAsync(ClimbClubApp.PrincipalOf(gone), new MemberDetails(), Ct))).Kind);
    }

    private async Task<MyProfile> MineAsync(string memberId)
    {
        await using var scope = app.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ProfileService>().MineAsync(ClimbClubApp.PrincipalOf(memberId), Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }

    private async Task<Outcome<PublicProfile>> ForAsync(string viewerId, string memberId)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProfileService>().ForAsync(ClimbClubApp.PrincipalOf(viewerId), memberId, Ct);
    }

    private async Task<Outcome> CallAsync(Func<ProfileService, Task<Outcome>> call)
    {
        await using var scope = app.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<ProfileService>());
    }

    private Task<(int Gym, int Colour)> OtherGymAndColourAsync(MemberDetails current) => app.WithDbAsync(async db => (
        await db.Gyms.Where(g => g.IsActive && g.Id != current.HomeGymId).Select(g => g.Id).FirstAsync(Ct),
        await db.Colours.Where(c => c.Id != current.LevelColourId).OrderByDescending(c => c.Level).Select(c => c.Id).FirstAsync(Ct)));

    private static MemberDetails Copy(MemberDetails details) => new()
    {
        DisplayName = details.DisplayName,
        GenerationId = details.GenerationId,
        HomeGymId = details.HomeGymId,
        LevelColourId = details.LevelColourId,
        Avatar = details.Avatar,
        Introduction = details.Introduction,
    };
}

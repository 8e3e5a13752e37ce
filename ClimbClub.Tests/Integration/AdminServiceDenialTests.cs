using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The admin services called directly, as a tampered circuit would reach them: whoever is not an active Admin is
/// denied, and the database is left exactly as it was.
/// </summary>
public sealed class AdminServiceDenialTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    private static readonly Dictionary<string, Func<AdminCall, Task<OutcomeKind>>> Operations = new(StringComparer.Ordinal)
    {
        ["approve a sign-up"] = async c => (await c.Members.ApproveAsync(c.Who, c.Club.PendingId, "http://localhost/Account/Login")).Kind,
        ["reject a sign-up"] = async c => (await c.Members.RejectAsync(c.Who, c.Club.PendingId, new Rejection { Reason = "No." })).Kind,
        ["list the approval queue"] = async c => (await c.Members.PendingAsync(c.Who)).Kind,
        ["search the members"] = async c => (await c.Members.SearchAsync(c.Who, new MemberQuery(null, MemberStatusFilter.All, null, 0, 50))).Kind,
        ["make a member an admin"] = async c => (await c.Members.ChangeRoleAsync(c.Who, c.Club.MemberId, ClubRole.Admin)).Kind,
        ["make themselves an admin"] = async c => (await c.Members.ChangeRoleAsync(c.Who, c.CallerId ?? c.Club.MemberId, ClubRole.Admin)).Kind,
        ["demote the admin"] = async c => (await c.Members.ChangeRoleAsync(c.Who, c.Club.AdminId, ClubRole.Member)).Kind,
        ["deactivate the admin"] = async c => (await c.Members.SetActiveAsync(c.Who, c.Club.AdminId, false)).Kind,
        ["reactivate a deactivated admin"] = async c => (await c.Members.SetActiveAsync(c.Who, c.Club.DeactivatedAdminId, true)).Kind,
        ["add a generation"] = async c => (await c.Generations.CreateAsync(c.Who, FarFutureGeneration())).Kind,
        ["change a generation"] = async c =>
        {
            var oldest = await c.OldestGenerationAsync();
            var input = new GenerationInput { Number = oldest.Number, StartDate = oldest.StartDate, EndDate = oldest.EndDate };
            return (await c.Generations.UpdateAsync(c.Who, oldest.Id, input)).Kind;
        },
        ["delete an unused generation"] = async c => (await c.Generations.DeleteAsync(c.Who, (await c.OldestGenerationAsync()).Id)).Kind,
        ["add a gym"] = async c => (await c.Gyms.CreateAsync(c.Who, new GymInput { Name = "Tampered Gym" })).Kind,
        ["close a gym"] = async c => (await c.Gyms.UpdateAsync(c.Who, await c.UnusedGymIdAsync(), new GymInput { Name = "Closed Gym", IsActive = false })).Kind,
        ["delete an unused gym"] = async c => (await c.Gyms.DeleteAsync(c.Who, await c.UnusedGymIdAsync())).Kind,
        ["add a colour"] = async c => (await c.Colours.CreateAsync(c.Who, new ColourInput { Name = "Pink", DisplayColor = "#FF69B4" })).Kind,
        ["rename a colour"] = async c => (await c.Colours.UpdateAsync(c.Who, await c.HardestColourIdAsync(), new ColourInput { Name = "Onyx", DisplayColor = "#000000" })).Kind,
        ["move a colour"] = async c => (await c.Colours.MoveAsync(c.Who, await c.HardestColourIdAsync(), harder: false)).Kind,
        ["delete an unused colour"] = async c => (await c.Colours.DeleteAsync(c.Who, await c.HardestColourIdAsync())).Kind,
        ["read the audit log"] = async c => (await c.Audit.ReadAsync(c.Who, null, 0, 25)).Kind,
    };

    public static TheoryData<string, string> CallsByOutsiders
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var caller in Caller.NotAllowedToAdminister)
            {
                foreach (var operation in Operations.Keys)
                {
                    data.Add(caller, operation);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CallsByOutsiders))]
    public async Task OnlyAnActiveAdminMayAdministerTheClubAndARefusedCallWritesNothing(string caller, string operation)
    {
        var before = await ClubState.SnapshotAsync(club);
        await using var scope = club.Scope();

        var kind = await Operations[operation](new AdminCall(club, scope.ServiceProvider, club.Principal(caller), club.IdOf(caller)));

        Assert.Equal(OutcomeKind.Denied, kind);
        Assert.Equal(before, await ClubState.SnapshotAsync(club));
    }

    [Fact]
    public async Task TheAdminIsNotDeniedTheSameReadsWithTheSameKindOfPrincipal()
    {
        await using var scope = club.Scope();
        var call = new AdminCall(club, scope.ServiceProvider, club.Principal(Caller.Admin), club.AdminId);

        Assert.Equal(OutcomeKind.Ok, await Operations["list the approval queue"](call));
        Assert.Equal(OutcomeKind.Ok, await Operations["search the members"](call));
        Assert.Equal(OutcomeKind.Ok, await Operations["read the audit log"](call));
    }

    [Theory]
    [InlineData(Caller.Anonymous)]
    [InlineData(Caller.Pending)]
    [InlineData(Caller.Member)]
    [InlineData(Caller.Officer)]
    [InlineData(Caller.DeactivatedAdmin)]
    public async Task OnlyAnActiveAdminSeesHowManySignUpsAreWaiting(string caller)
    {
        await using var scope = club.Scope();
        var members = scope.ServiceProvider.GetRequiredService<MemberAdminService>();

        Assert.Equal(0, await members.CountPendingAsync(club.Principal(caller), TestContext.Current.CancellationToken));
        Assert.True(await members.CountPendingAsync(club.Principal(Caller.Admin), TestContext.Current.CancellationToken) >= 1);
    }

    private static GenerationInput FarFutureGeneration() => new()
    {
        Number = 900,
        StartDate = new DateOnly(2090, 3, 1),
        EndDate = new DateOnly(2091, 2, 28),
    };

    /// <summary>One call: the services in a fresh scope, the caller's principal and their own id, if any.</summary>
    private sealed record AdminCall(ClubOfEveryone Club, IServiceProvider Services, ClaimsPrincipal Who, string? CallerId)
    {
        public MemberAdminService Members => Services.GetRequiredService<MemberAdminService>();

        public GenerationAdminService Generations => Services.GetRequiredService<GenerationAdminService>();

        public GymAdminService Gyms => Services.GetRequiredService<GymAdminService>();

        public ColourAdminService Colours => Services.GetRequiredService<ColourAdminService>();

        public AuditLog Audit => Services.GetRequiredService<AuditLog>();

        public Task<Generation> OldestGenerationAsync() =>
            Club.WithDbAsync(db => db.Generations.AsNoTracking().OrderBy(g => g.Number).FirstAsync());

        public Task<int> UnusedGymIdAsync() =>
            Club.WithDbAsync(db => db.Gyms.Where(g => !db.Users.Any(u => u.HomeGymId == g.Id)).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());

        public Task<int> HardestColourIdAsync() =>
            Club.WithDbAsync(db => db.Colours.OrderByDescending(c => c.Level).Select(c => c.Id).FirstAsync());
    }
}

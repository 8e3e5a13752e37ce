using System.Security.Claims;
using ClimbClub.Core.Members;
using ClimbClub.Core.Screen;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Screen;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// A club whose boards the ranking job has filled: five climbers with sessions today (two of them hidden from the gym
/// screen), an officer and a member without sessions, an applicant, and two kiosk links, one of them revoked.
/// The clock stands still at noon on a Wednesday in club time, so "today" and "this week" never move under a test.
/// </summary>
public sealed class RankedClub : ClimbClubApp, IAsyncLifetime
{
    public const string OfficerEmail = "ranked-officer@uni.test";
    public const string MemberEmail = "ranked-member@uni.test";
    public const string PendingEmail = "ranked-pending@uni.test";

    /// <summary>Name and points (one problem, one point) of each climber; the hidden ones asked not to be on the screen.</summary>
    public static readonly IReadOnlyList<(string Name, int Points, bool Hidden)> Climbers =
    [
        ("Hana Hidden", 30, true),
        ("Bora Boulder", 20, false),
        ("Chul Crimp", 20, false),
        ("Dami Dyno", 10, false),
        ("Eunji Elsewhere", 5, true),
    ];

    public RankedClub() => WithManualClock(new DateTimeOffset(2026, 6, 10, 3, 0, 0, TimeSpan.Zero));

    public Dictionary<string, string> ClimberIds { get; } = new(StringComparer.Ordinal);

    public string OfficerId { get; private set; } = "";

    public string MemberId { get; private set; } = "";

    public string ValidKey { get; private set; } = "";

    public string RevokedKey { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await using var scope = Scope();
        var boards = scope.ServiceProvider.GetRequiredService<LeaderboardService>();
        foreach (var (name, points, hidden) in Climbers)
        {
            var id = await CreateMemberAsync($"{name.Split(' ')[0].ToLowerInvariant()}@ranked.test", displayName: name);
            ClimberIds[name] = id;
            await this.LogSessionAsync(id, points);
            if (hidden)
            {
                Assert.True((await boards.SetHiddenFromScreenAsync(PrincipalOf(id), hidden: true)).Succeeded);
            }
        }

        OfficerId = await CreateMemberAsync(OfficerEmail, ClubRole.Officer, displayName: "Officer Oh");
        MemberId = await CreateMemberAsync(MemberEmail, displayName: "Member Moon");
        await CreateMemberAsync(PendingEmail, status: ApprovalStatus.Pending, displayName: "Pending Park");
        await this.RefreshRankingsAsync();

        var admin = PrincipalOf(await AdminIdAsync());
        var keys = scope.ServiceProvider.GetRequiredService<ScreenKeyService>();
        ValidKey = (await keys.CreateAsync(admin, new ScreenKeyInput { Name = "TV at Main Hall" })).Value!;
        RevokedKey = (await keys.CreateAsync(admin, new ScreenKeyInput { Name = "Old TV" })).Value!;
        var revokedId = (await keys.ListAsync(admin)).Value!.Single(k => k.Name == "Old TV").Id;
        Assert.True((await keys.RevokeAsync(admin, revokedId)).Succeeded);
    }

    /// <summary>A viewer of the gym screen: someone's principal (or nobody's) and the key in their link, if any.</summary>
    public static ScreenViewer Viewer(ClaimsPrincipal? who = null, string? key = null) => new(who ?? new ClaimsPrincipal(), key);
}

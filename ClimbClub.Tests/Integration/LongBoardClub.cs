using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// A club whose boards are longer than the most rows one read returns: 520 climbers tied in threes, Tae on top, Vera
/// far down (120 members ahead of her who are still in the club), one climber deactivated after the ranking, an officer
/// to watch the gym screen, and an applicant.
/// The clock stands still at noon on a Wednesday in club time. The app logs the SQL it runs, so tests can ask SQLite
/// how it plans it.
/// </summary>
public sealed class LongBoardClub : ClimbClubApp, IAsyncLifetime
{
    public const int Climbers = 520;

    /// <summary>Everyone on the boards who is still in the club: the climbers but one, Tae and Vera.</summary>
    public const int OnTheBoards = Climbers - 1 + 2;

    /// <summary>Rows ahead of Vera's on every board: Tae and climbers 1 to 120 but the deactivated one.</summary>
    public const int AheadOfVera = 120;

    public const string Deactivated = "Climber 005";

    public LongBoardClub() => WithManualClock(new DateTimeOffset(2026, 6, 10, 3, 0, 0, TimeSpan.Zero));

    public string TaeId { get; private set; } = "";

    public string VeraId { get; private set; } = "";

    public string PendingId { get; private set; } = "";

    public string OfficerId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        // Climbers 1 to 3 solve 200 problems, 4 to 6 solve 199, and so on. Vera ties with climbers 118 to 120 and
        // comes after them by name; Tae's two sessions beat everyone.
        await this.AddClimbersAsync(Climbers, i => 200 - ((i - 1) / 3));
        TaeId = await CreateMemberAsync("tae@long.test", displayName: "Tae Top");
        await this.LogSessionAsync(TaeId, 200);
        await this.LogSessionAsync(TaeId, 200, slot: 5);
        VeraId = await CreateMemberAsync("vera@long.test", displayName: "Vera Far");
        await this.LogSessionAsync(VeraId, 161);
        OfficerId = await CreateMemberAsync("officer@long.test", ClubRole.Officer, displayName: "Officer Oh");
        PendingId = await CreateMemberAsync("pending@long.test", status: ApprovalStatus.Pending, displayName: "Pending Park");
        await this.RefreshRankingsAsync();
        await WithDbAsync(db => db.Users.Where(u => u.DisplayName == Deactivated).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddFilter(DbLoggerCategory.Database.Command.Name, LogLevel.Information));
    }
}

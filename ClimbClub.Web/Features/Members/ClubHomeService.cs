using System.Security.Claims;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Members;

public sealed record MemberCard(
    string DisplayName,
    string Avatar,
    ClubRole Role,
    int GenerationNumber,
    string HomeGym,
    string Level,
    string LevelColor,
    string? Introduction);

public sealed record ClubSnapshot(int Members, Generation? CurrentGeneration, int PendingSignUps);

public sealed record HomeView(MemberCard Me, ClubSnapshot Club);

/// <summary>What the signed-in home page shows: the member's own card and the club at a glance.</summary>
public sealed class ClubHomeService(IDbContextFactory<ClimbClubDbContext> dbFactory, ClubCalendar calendar, TimeProvider time)
{
    public async Task<HomeView?> ForAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return null;
        }

        var me = await (
            from u in db.Users.AsNoTracking()
            where u.Id == actor.Id
            join g in db.Generations on u.GenerationId equals g.Id
            join gym in db.Gyms on u.HomeGymId equals gym.Id
            join c in db.Colours on u.LevelColourId equals c.Id
            select new MemberCard(u.DisplayName, u.Avatar, actor.Role, g.Number, gym.Name, c.Name, c.DisplayColor, u.Introduction))
            .SingleAsync(cancellationToken);

        var members = await db.Users.CountAsync(u => u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved, cancellationToken);
        var today = calendar.DateOf(time.GetUtcNow());
        var current = await db.Generations.AsNoTracking()
            .Where(g => g.StartDate <= today && g.EndDate >= today)
            .SingleOrDefaultAsync(cancellationToken);
        var pending = actor.IsAtLeast(ClubRole.Admin)
            ? await db.Users.CountAsync(u => u.ApprovalStatus == ApprovalStatus.Pending, cancellationToken)
            : 0;
        return new HomeView(me, new ClubSnapshot(members, current, pending));
    }
}

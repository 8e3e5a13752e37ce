using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Profile;

internal static class Standings
{
    /// <summary>The member's row of a stored board and how many rows it shows (members still in the club, as the boards list them).</summary>
    public static async Task<Standing?> OfAsync<T>(ClimbClubDbContext db, IQueryable<T> scores, string memberId, CancellationToken cancellationToken)
        where T : BoardScore
    {
        var board = scores.AsNoTracking()
            .Where(s => db.Users.Any(u => u.Id == s.MemberId && u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved));
        var mine = await board.Where(s => s.MemberId == memberId).Select(s => new { s.Rank, s.Points }).SingleOrDefaultAsync(cancellationToken);
        return mine is null ? null : new Standing(mine.Rank, await board.CountAsync(cancellationToken), mine.Points);
    }
}

using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Profile;

internal static class Standings
{
    /// <summary>
    /// The member's row of a stored board and how many rows it shows (members still in the club, as the boards list
    /// them), in one statement. The count is the board's rows less those of members no longer (or not) in the club:
    /// those members are few and an index holds just them, so no board row is checked member by member.
    /// </summary>
    public static async Task<Standing?> OfAsync<T>(ClimbClubDbContext db, IQueryable<T> scores, string memberId, CancellationToken cancellationToken)
        where T : BoardScore
    {
        var board = scores.AsNoTracking();
        var mine = await board
            .Where(s => s.MemberId == memberId && db.Users.Any(u => u.Id == s.MemberId && u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved))
            .Select(s => new
            {
                s.Rank,
                s.Points,
                Of = board.Count() - db.Users
                    .Where(u => !u.IsActive || u.ApprovalStatus != ApprovalStatus.Approved)
                    .Count(u => board.Any(o => o.MemberId == u.Id)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return mine is null ? null : new Standing(mine.Rank, mine.Of, mine.Points);
    }
}

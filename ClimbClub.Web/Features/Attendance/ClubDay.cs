using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Attendance;

/// <summary>A regular session on a given day, with its gym's name.</summary>
public sealed record DaySession(int Id, int GymId, string Gym, TimeOnly Start);

/// <summary>
/// One club day as attendance sees it: its generation week (null outside every generation), whether it is a holiday,
/// and the regular sessions held on it.
/// </summary>
internal sealed record ClubDay(DateOnly Date, ClubWeek Week, Generation? Generation, bool IsHoliday, IReadOnlyList<DaySession> Sessions)
{
    public static async Task<ClubDay> ReadAsync(ClimbClubDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var week = ClubWeeks.Of(date, generations);
        var generation = generations.FirstOrDefault(g => g.Id == week.GenerationId);
        var isHoliday = await db.Holidays.AnyAsync(h => h.Date == date, cancellationToken);
        var weekday = date.DayOfWeek;
        var sessions = generation is null || isHoliday
            ? []
            : await (
                from s in db.RegularSessions.AsNoTracking()
                where s.GenerationId == generation.Id && s.Weekday == weekday
                join gym in db.Gyms on s.GymId equals gym.Id
                orderby s.Start, gym.Name
                select new DaySession(s.Id, s.GymId, gym.Name, s.Start))
                .ToListAsync(cancellationToken);
        return new ClubDay(date, week, generation, isHoliday, sessions);
    }
}

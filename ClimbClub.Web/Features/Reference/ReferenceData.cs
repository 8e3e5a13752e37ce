using ClimbClub.Core.Reference;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Reference;

/// <summary>The generations, gyms and colours a form offers. Readable by anyone: sign-up needs them before an account exists.</summary>
public sealed class ReferenceData(IDbContextFactory<ClimbClubDbContext> dbFactory)
{
    public async Task<IReadOnlyList<Generation>> GenerationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Generations.AsNoTracking().OrderBy(g => g.Number).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Gym>> GymsAsync(bool activeOnly, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Gyms.AsNoTracking()
            .Where(g => !activeOnly || g.IsActive)
            .OrderBy(g => g.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DifficultyColour>> ColoursAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Colours.AsNoTracking().OrderBy(c => c.Level).ToListAsync(cancellationToken);
    }
}

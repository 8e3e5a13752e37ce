using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Data;

/// <summary>Hands out PostgreSQL contexts wherever the app asks for a <see cref="ClimbClubDbContext"/> factory.</summary>
internal sealed class PostgresContexts(IDbContextFactory<PostgresClimbClubDbContext> postgres) : IDbContextFactory<ClimbClubDbContext>
{
    public ClimbClubDbContext CreateDbContext() => postgres.CreateDbContext();

    public async Task<ClimbClubDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await postgres.CreateDbContextAsync(cancellationToken);
}

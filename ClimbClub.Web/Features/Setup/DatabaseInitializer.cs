using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Instances;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Setup;

/// <summary>
/// Runs before the app takes requests: puts a SQLite database in WAL mode (it stays so), applies migrations, then gives an empty database what a club needs on day
/// one (roles, generations, gyms, the colour scale, the first admin) and, with --demo, a club full of members.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ClubCalendar calendar,
    IOptions<DemoOptions> demo,
    AppInstance instance,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>The advisory lock id instances starting on one PostgreSQL database take turns on.</summary>
    private const long StartUpLock = 0x436C_696D_6243_6C01;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Job leases and live updates carry this name; an operator finds it again in /health.
        logger.LogInformation("This is instance {Instance}", instance.Name);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ClimbClubDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(SqlitePragmas.WriteAheadLog, cancellationToken);
        }

        await using (await StartingAloneAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
            await SeedReferenceDataAsync(db, cancellationToken);
            await services.GetRequiredService<BootstrapAdmin>().EnsureAsync(cancellationToken);
            if (demo.Value.Enabled)
            {
                await services.GetRequiredService<DemoClub>().EnsureAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// On PostgreSQL, instances starting together on one database take turns (a session advisory lock on the
    /// context's connection, held until disposed), so only the first one migrates and seeds. SQLite needs no turn:
    /// its writers already queue on the file.
    /// </summary>
    private async Task<IAsyncDisposable> StartingAloneAsync(ClimbClubDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new Turn(() => Task.CompletedTask);
        }

        // The lock lives in the database, so a database not made yet is made first (by whichever instance is first).
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                logger.LogInformation("Another instance made the database first");
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartUpLock})", cancellationToken);
        return new Turn(async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartUpLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        });
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in ClubRoles.All)
        {
            if (!await roles.RoleExistsAsync(role.Name()))
            {
                await roles.CreateAsync(new IdentityRole(role.Name()));
            }
        }
    }

    private sealed class Turn(Func<Task> end) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await end();
    }

    private async Task SeedReferenceDataAsync(ClimbClubDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Generations.AnyAsync(cancellationToken))
        {
            db.Generations.AddRange(ReferenceDefaults.Generations(calendar.DateOf(time.GetUtcNow())));
            logger.LogInformation("Seeded the default generations");
        }

        if (!await db.Gyms.AnyAsync(cancellationToken))
        {
            db.Gyms.AddRange(ReferenceDefaults.Gyms());
            logger.LogInformation("Seeded the default gyms");
        }

        if (!await db.Colours.AnyAsync(cancellationToken))
        {
            db.Colours.AddRange(ReferenceDefaults.Colours());
            logger.LogInformation("Seeded the default colour scale");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

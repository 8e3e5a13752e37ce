using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Setup;

/// <summary>
/// Runs before the app takes requests: puts the database in WAL mode (it stays so), applies migrations, then gives an empty database what a club needs on day
/// one (roles, generations, gyms, the colour scale, the first admin) and, with --demo, a club full of members.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ClubCalendar calendar,
    IOptions<DemoOptions> demo,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ClimbClubDbContext>();
        await db.Database.ExecuteSqlRawAsync(SqlitePragmas.WriteAheadLog, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        await SeedReferenceDataAsync(db, cancellationToken);
        await services.GetRequiredService<BootstrapAdmin>().EnsureAsync(cancellationToken);
        if (demo.Value.Enabled)
        {
            await services.GetRequiredService<DemoClub>().EnsureAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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

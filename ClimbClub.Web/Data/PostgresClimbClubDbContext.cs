using ClimbClub.Core.Log;
using ClimbClub.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Data;

/// <summary>
/// The club's model on PostgreSQL (Database:Provider = Postgres). Its own type gives it its own migrations, in
/// Data/Migrations/Postgres; the app asks for <see cref="ClimbClubDbContext"/> and gets this one.
/// </summary>
public sealed class PostgresClimbClubDbContext(DbContextOptions<PostgresClimbClubDbContext> options) : ClimbClubDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Session>().Property<int>(SessionConfiguration.DurationMinutes)
            .HasComputedColumnSql(SessionConfiguration.PostgresDurationMinutes, stored: true);
    }
}

using ClimbClub.Core.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClimbClub.Web.Data;

public sealed class ClimbClubDbContext(DbContextOptions<ClimbClubDbContext> options)
    : IdentityDbContext<ClubMember, IdentityRole, string>(options)
{
    public DbSet<Generation> Generations => Set<Generation>();

    public DbSet<Gym> Gyms => Set<Gym>();

    public DbSet<DifficultyColour> Colours => Set<DifficultyColour>();

    public DbSet<EmailCode> EmailCodes => Set<EmailCode>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClimbClubDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no offset-aware time type; storing UTC ticks keeps ordering and comparison in SQL correct.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

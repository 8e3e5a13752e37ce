using ClimbClub.Core.Attendance;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClimbClub.Web.Data;

/// <summary>
/// The club's data. This type runs on SQLite, with the migrations in Data/Migrations; <see cref="PostgresClimbClubDbContext"/>
/// is the same model on PostgreSQL, with its own migrations. Both store times and points alike (below), so the SQL
/// the app writes by hand reads the same columns on either.
/// </summary>
public class ClimbClubDbContext : IdentityDbContext<ClubMember, IdentityRole, string>, IDataProtectionKeyContext
{
    public ClimbClubDbContext(DbContextOptions<ClimbClubDbContext> options)
        : base(options)
    {
    }

    protected ClimbClubDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Generation> Generations => Set<Generation>();

    public DbSet<Gym> Gyms => Set<Gym>();

    public DbSet<DifficultyColour> Colours => Set<DifficultyColour>();

    public DbSet<EmailCode> EmailCodes => Set<EmailCode>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SessionLine> SessionLines => Set<SessionLine>();

    public DbSet<WeeklyScore> WeeklyScores => Set<WeeklyScore>();

    public DbSet<GenerationScore> GenerationScores => Set<GenerationScore>();

    public DbSet<AllTimeScore> AllTimeScores => Set<AllTimeScore>();

    public DbSet<RankedWeek> RankedWeeks => Set<RankedWeek>();

    public DbSet<RankingRun> RankingRuns => Set<RankingRun>();

    public DbSet<FrozenTotal> FrozenTotals => Set<FrozenTotal>();

    public DbSet<ScreenKey> ScreenKeys => Set<ScreenKey>();

    public DbSet<RegularSession> RegularSessions => Set<RegularSession>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<AttendanceRecord> AttendanceRecords => Set<AttendanceRecord>();

    public DbSet<CheckInRequest> CheckInRequests => Set<CheckInRequest>();

    public DbSet<Challenge> Challenges => Set<Challenge>();

    public DbSet<ChallengeEntry> ChallengeEntries => Set<ChallengeEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<MutedNotification> MutedNotifications => Set<MutedNotification>();

    /// <summary>The club days the nightly attendance job has closed.</summary>
    public DbSet<AttendanceRun> AttendanceRuns => Set<AttendanceRun>();

    /// <summary>Who runs each background job, among the instances sharing the database.</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>The data-protection key ring, which instances sharing a PostgreSQL database share (SQLite keeps it in files).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClimbClubDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no offset-aware time type; storing UTC ticks keeps ordering and comparison in SQL correct (and
        // PostgreSQL stores the same bigint, so a moment compares the same way on both).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();

        // SQLite keeps decimals as text, which cannot be summed or ordered in SQL. Points are multiples of 0.5,
        // which a double holds exactly.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

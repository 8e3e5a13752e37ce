using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

// Each board's rank index carries the member id, so a board's first rows are read in rank order and joined to their
// members from the index alone: SQLite then walks it and stops after the rows a page asks for, rather than sorting
// the whole board (which it prefers for the all-time board when the index holds the rank only).
internal sealed class WeeklyScoreConfiguration : IEntityTypeConfiguration<WeeklyScore>
{
    public void Configure(EntityTypeBuilder<WeeklyScore> score)
    {
        score.HasKey(s => new { s.WeekKey, s.MemberId });
        score.Property(s => s.WeekKey).HasMaxLength(10);
        score.Property(s => s.MemberId).HasMaxLength(64);
        score.HasIndex(s => new { s.WeekKey, s.Rank, s.MemberId });
        score.HasIndex(s => new { s.GenerationId, s.MemberId });
        score.HasIndex(s => new { s.MemberId, s.WeekStart });
        score.HasIndex(s => s.WeekEnd);
        score.HasOne<ClubMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GenerationScoreConfiguration : IEntityTypeConfiguration<GenerationScore>
{
    public void Configure(EntityTypeBuilder<GenerationScore> score)
    {
        score.HasKey(s => new { s.GenerationId, s.MemberId });
        score.Property(s => s.MemberId).HasMaxLength(64);
        score.HasIndex(s => new { s.GenerationId, s.Rank, s.MemberId });
        score.HasOne<Generation>().WithMany().HasForeignKey(s => s.GenerationId).OnDelete(DeleteBehavior.Cascade);
        score.HasOne<ClubMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AllTimeScoreConfiguration : IEntityTypeConfiguration<AllTimeScore>
{
    public void Configure(EntityTypeBuilder<AllTimeScore> score)
    {
        score.HasKey(s => s.MemberId);
        score.Property(s => s.MemberId).HasMaxLength(64);
        score.HasIndex(s => new { s.Rank, s.MemberId });
        score.HasOne<ClubMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FrozenTotalConfiguration : IEntityTypeConfiguration<FrozenTotal>
{
    public void Configure(EntityTypeBuilder<FrozenTotal> total)
    {
        total.HasKey(t => new { t.MemberId, t.GenerationKey });
        total.Property(t => t.MemberId).HasMaxLength(64);
        total.HasOne<ClubMember>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RankedWeekConfiguration : IEntityTypeConfiguration<RankedWeek>
{
    public void Configure(EntityTypeBuilder<RankedWeek> week)
    {
        week.HasKey(w => w.Key);
        week.Property(w => w.Key).HasMaxLength(10);
    }
}

internal sealed class RankingRunConfiguration : IEntityTypeConfiguration<RankingRun>
{
    public void Configure(EntityTypeBuilder<RankingRun> run) => run.Property(r => r.Id).ValueGeneratedNever();
}

internal sealed class ScreenKeyConfiguration : IEntityTypeConfiguration<ScreenKey>
{
    public void Configure(EntityTypeBuilder<ScreenKey> key)
    {
        key.Property(k => k.Name).HasMaxLength(60).IsRequired();
        key.Property(k => k.CreatedById).HasMaxLength(64).IsRequired();
        key.HasIndex(k => k.KeyHash).IsUnique();
    }
}

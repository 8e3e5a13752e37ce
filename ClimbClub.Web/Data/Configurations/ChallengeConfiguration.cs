using ClimbClub.Core.Challenges;
using ClimbClub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> challenge)
    {
        challenge.Property(c => c.Title).HasMaxLength(ChallengeInput.TitleMaxLength).IsRequired();
        challenge.Property(c => c.Description).HasMaxLength(ChallengeInput.DescriptionMaxLength);
        challenge.Property(c => c.GoalKind).HasConversion<string>().HasMaxLength(12);
        challenge.Property(c => c.CreatedById).HasMaxLength(64);
        challenge.HasIndex(c => new { c.EndDate, c.StartDate });
    }
}

internal sealed class ChallengeEntryConfiguration : IEntityTypeConfiguration<ChallengeEntry>
{
    public void Configure(EntityTypeBuilder<ChallengeEntry> entry)
    {
        entry.Property(e => e.MemberId).HasMaxLength(64).IsRequired();
        entry.HasIndex(e => new { e.ChallengeId, e.MemberId }).IsUnique();
        entry.HasIndex(e => new { e.MemberId, e.CompletedAt });
        entry.HasOne<Challenge>().WithMany().HasForeignKey(e => e.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<ClubMember>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public const int SubjectMaxLength = 120;
    public const int DetailMaxLength = 300;

    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.MemberId).HasMaxLength(64).IsRequired();
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        notification.Property(n => n.Subject).HasMaxLength(SubjectMaxLength).IsRequired();
        notification.Property(n => n.Detail).HasMaxLength(DetailMaxLength);
        notification.Property(n => n.Link).HasMaxLength(200);
        notification.Property(n => n.AboutMemberId).HasMaxLength(64);
        notification.HasIndex(n => n.AboutMemberId);
        notification.HasIndex(n => new { n.MemberId, n.ReadAt });
        notification.HasIndex(n => new { n.MemberId, n.CreatedAt });
        notification.HasOne<ClubMember>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MutedNotificationConfiguration : IEntityTypeConfiguration<MutedNotification>
{
    public void Configure(EntityTypeBuilder<MutedNotification> muted)
    {
        muted.Property(m => m.MemberId).HasMaxLength(64);
        muted.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        muted.HasKey(m => new { m.MemberId, m.Kind });
        muted.HasOne<ClubMember>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

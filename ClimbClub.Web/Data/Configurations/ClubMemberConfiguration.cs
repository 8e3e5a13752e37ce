using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

internal sealed class ClubMemberConfiguration : IEntityTypeConfiguration<ClubMember>
{
    public void Configure(EntityTypeBuilder<ClubMember> member)
    {
        member.Property(m => m.DisplayName).HasMaxLength(DisplayNames.MaxStoredLength).IsRequired();
        member.Property(m => m.Avatar).HasMaxLength(32).IsRequired();
        member.Property(m => m.Introduction).HasMaxLength(MemberDetails.IntroductionMaxLength);
        member.Property(m => m.RejectionReason).HasMaxLength(Rejection.ReasonMaxLength);
        member.Property(m => m.ApprovalStatus).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Language).HasMaxLength(ClubCultures.NameMaxLength).HasDefaultValue(ClubCultures.English.Name);
        member.HasIndex(m => m.ApprovalStatus);
        member.HasIndex(m => m.DisplayName);

        // Just the members not (or no longer) in the club, so that a board's size subtracts them instead of checking
        // each of its rows. SQLite uses it for a query whose condition is written exactly like this filter.
        member.HasIndex(m => m.Id, "IX_AspNetUsers_NotInClub")
            .HasFilter($"NOT \"IsActive\" OR \"ApprovalStatus\" <> '{nameof(ApprovalStatus.Approved)}'");

        member.HasOne<Generation>().WithMany().HasForeignKey(m => m.GenerationId).OnDelete(DeleteBehavior.Restrict);
        member.HasOne<Gym>().WithMany().HasForeignKey(m => m.HomeGymId).OnDelete(DeleteBehavior.Restrict);
        member.HasOne<DifficultyColour>().WithMany().HasForeignKey(m => m.LevelColourId).OnDelete(DeleteBehavior.Restrict);
    }
}

using ClimbClub.Core.Attendance;
using ClimbClub.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

internal sealed class RegularSessionConfiguration : IEntityTypeConfiguration<RegularSession>
{
    public void Configure(EntityTypeBuilder<RegularSession> session)
    {
        session.Property(s => s.Weekday).HasConversion<string>().HasMaxLength(12);
        session.HasIndex(s => new { s.GenerationId, s.Weekday, s.GymId }).IsUnique();
        session.HasOne<Generation>().WithMany().HasForeignKey(s => s.GenerationId).OnDelete(DeleteBehavior.Cascade);
        session.HasOne<Gym>().WithMany().HasForeignKey(s => s.GymId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> holiday)
    {
        holiday.Property(h => h.Name).HasMaxLength(HolidayInput.NameMaxLength).IsRequired();
        holiday.HasIndex(h => h.Date).IsUnique();
    }
}

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> record)
    {
        record.Property(r => r.MemberId).HasMaxLength(64).IsRequired();
        record.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        record.Property(r => r.Source).HasConversion<string>().HasMaxLength(12);
        record.Property(r => r.RecordedById).HasMaxLength(64);
        record.Property(r => r.Reason).HasMaxLength(AttendanceCorrection.ReasonMaxLength);
        record.Property(r => r.CodeFingerprint).HasMaxLength(64);

        // One record per member and week: a second check-in, or the nightly job racing a late check-in, cannot add another.
        record.HasIndex(r => new { r.MemberId, r.WeekStart }).IsUnique();
        record.HasIndex(r => new { r.GenerationId, r.WeekStart });
        record.HasIndex(r => new { r.SessionDate, r.RegularSessionId });
        record.HasOne<ClubMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        record.HasOne<Generation>().WithMany().HasForeignKey(r => r.GenerationId).OnDelete(DeleteBehavior.Cascade);
        record.HasOne<RegularSession>().WithMany().HasForeignKey(r => r.RegularSessionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CheckInRequestConfiguration : IEntityTypeConfiguration<CheckInRequest>
{
    public void Configure(EntityTypeBuilder<CheckInRequest> request)
    {
        request.Property(r => r.MemberId).HasMaxLength(64).IsRequired();
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        request.Property(r => r.DecidedById).HasMaxLength(64);
        request.Property(r => r.Reason).HasMaxLength(CheckInRejection.ReasonMaxLength);
        request.HasIndex(r => new { r.Status, r.Date });
        request.HasIndex(r => new { r.MemberId, r.Date });
        request.HasOne<ClubMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        request.HasOne<RegularSession>().WithMany().HasForeignKey(r => r.RegularSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceRunConfiguration : IEntityTypeConfiguration<AttendanceRun>
{
    public void Configure(EntityTypeBuilder<AttendanceRun> run) => run.HasKey(r => r.Day);
}

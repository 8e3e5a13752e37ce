using ClimbClub.Core.SignUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

internal sealed class EmailCodeConfiguration : IEntityTypeConfiguration<EmailCode>
{
    public void Configure(EntityTypeBuilder<EmailCode> code)
    {
        code.Property(c => c.Email).HasMaxLength(EmailAddresses.MaxLength).IsRequired();
        code.Property(c => c.RequestedFromIp).HasMaxLength(64).IsRequired();
        code.HasIndex(c => new { c.Email, c.CreatedAt });
        code.HasIndex(c => new { c.RequestedFromIp, c.CreatedAt });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.ActorId).HasMaxLength(64).IsRequired();
        entry.Property(e => e.ActorName).HasMaxLength(80).IsRequired();
        entry.Property(e => e.Action).HasMaxLength(64).IsRequired();
        entry.Property(e => e.TargetType).HasMaxLength(32).IsRequired();
        entry.Property(e => e.TargetId).HasMaxLength(64).IsRequired();
        entry.Property(e => e.Summary).HasMaxLength(1000).IsRequired();
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => e.Action);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.HasKey(l => l.Job);
        lease.Property(l => l.Job).HasMaxLength(64);
        lease.Property(l => l.Holder).HasMaxLength(128);
    }
}

using ClimbClub.Core.Log;
using ClimbClub.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    /// <summary>
    /// A column the database computes from the start and end ("HH:mm:ss" text), so sums of climbing time run in SQL.
    /// Read it with <c>EF.Property&lt;int&gt;(session, SessionConfiguration.DurationMinutes)</c>.
    /// </summary>
    public const string DurationMinutes = "DurationMinutes";

    /// <summary>
    /// The same minutes on PostgreSQL, where start and end are times: hours and minutes only, seconds ignored as in
    /// SQLite's text. PostgreSQL 15 computes a column only when a row is written (stored), which suits a log.
    /// </summary>
    public const string PostgresDurationMinutes =
        "CAST(EXTRACT(HOUR FROM \"End\") * 60 + EXTRACT(MINUTE FROM \"End\") - EXTRACT(HOUR FROM \"Start\") * 60 - EXTRACT(MINUTE FROM \"Start\") AS integer)";

    public void Configure(EntityTypeBuilder<Session> session)
    {
        session.Ignore(s => s.IsVoided);
        session.Ignore(s => s.Minutes);
        session.Property<int>(DurationMinutes).HasComputedColumnSql(
            "(CAST(substr(\"End\", 1, 2) AS INTEGER) * 60 + CAST(substr(\"End\", 4, 2) AS INTEGER))"
            + " - (CAST(substr(\"Start\", 1, 2) AS INTEGER) * 60 + CAST(substr(\"Start\", 4, 2) AS INTEGER))",
            stored: false);
        session.Ignore(s => s.Problems);
        session.Property(s => s.MemberId).HasMaxLength(64).IsRequired();
        session.Property(s => s.Note).HasMaxLength(SessionInput.NoteMaxLength);
        session.Property(s => s.VoidReason).HasMaxLength(VoidInput.ReasonMaxLength);
        session.Property(s => s.VoidedById).HasMaxLength(64);
        session.HasIndex(s => new { s.MemberId, s.Date });
        session.HasIndex(s => s.Date);
        session.HasOne<ClubMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        session.HasOne<Gym>().WithMany().HasForeignKey(s => s.GymId).OnDelete(DeleteBehavior.Restrict);
        session.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionLineConfiguration : IEntityTypeConfiguration<SessionLine>
{
    public void Configure(EntityTypeBuilder<SessionLine> line)
    {
        line.HasIndex(l => new { l.SessionId, l.ColourId }).IsUnique();
        line.HasOne<DifficultyColour>().WithMany().HasForeignKey(l => l.ColourId).OnDelete(DeleteBehavior.Restrict);
    }
}

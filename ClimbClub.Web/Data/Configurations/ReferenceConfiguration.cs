using ClimbClub.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClimbClub.Web.Data.Configurations;

internal sealed class GenerationConfiguration : IEntityTypeConfiguration<Generation>
{
    public void Configure(EntityTypeBuilder<Generation> generation)
    {
        generation.HasIndex(g => g.Number).IsUnique();
        generation.Property(g => g.ScoringRule).HasConversion<string>().HasMaxLength(24);
    }
}

internal sealed class GymConfiguration : IEntityTypeConfiguration<Gym>
{
    public void Configure(EntityTypeBuilder<Gym> gym)
    {
        gym.Property(g => g.Name).HasMaxLength(GymInput.NameMaxLength).IsRequired();
        gym.HasIndex(g => g.Name).IsUnique();
    }
}

internal sealed class DifficultyColourConfiguration : IEntityTypeConfiguration<DifficultyColour>
{
    public void Configure(EntityTypeBuilder<DifficultyColour> colour)
    {
        colour.ToTable("Colours");
        colour.Property(c => c.Name).HasMaxLength(ColourInput.NameMaxLength).IsRequired();
        colour.Property(c => c.DisplayColor).HasMaxLength(7).IsRequired();
        colour.HasIndex(c => c.Level).IsUnique();
    }
}

namespace ClimbClub.Core.Reference;

/// <summary>One step of the gym's colour grading scale; <see cref="Level"/> 1 is the easiest.</summary>
public sealed class DifficultyColour
{
    public int Id { get; set; }

    public int Level { get; set; }

    public string Name { get; set; } = "";

    /// <summary>How the colour is drawn, as #RRGGBB.</summary>
    public string DisplayColor { get; set; } = "#000000";

    /// <summary>Points per problem under the points-per-colour rule.</summary>
    public decimal Points { get; set; } = 1;
}

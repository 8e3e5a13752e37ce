namespace ClimbClub.Core.Reference;

/// <summary>A gym the club climbs at. Inactive gyms stay on old records but are not offered for new ones.</summary>
public sealed class Gym
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;
}

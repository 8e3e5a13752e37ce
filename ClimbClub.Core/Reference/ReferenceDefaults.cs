namespace ClimbClub.Core.Reference;

/// <summary>What a new club starts with before its admins change anything.</summary>
public static class ReferenceDefaults
{
    /// <summary>The ten-step scale most Korean bouldering gyms use, easiest first.</summary>
    public static IReadOnlyList<DifficultyColour> Colours() =>
    [
        new() { Level = 1, Name = "White", DisplayColor = "#F5F5F5", Points = 1 },
        new() { Level = 2, Name = "Yellow", DisplayColor = "#FBC02D", Points = 2 },
        new() { Level = 3, Name = "Orange", DisplayColor = "#FB8C00", Points = 3 },
        new() { Level = 4, Name = "Green", DisplayColor = "#43A047", Points = 4 },
        new() { Level = 5, Name = "Blue", DisplayColor = "#1E88E5", Points = 5 },
        new() { Level = 6, Name = "Red", DisplayColor = "#E53935", Points = 6 },
        new() { Level = 7, Name = "Purple", DisplayColor = "#8E24AA", Points = 7 },
        new() { Level = 8, Name = "Grey", DisplayColor = "#757575", Points = 8 },
        new() { Level = 9, Name = "Brown", DisplayColor = "#6D4C41", Points = 9 },
        new() { Level = 10, Name = "Black", DisplayColor = "#212121", Points = 10 },
    ];

    public static IReadOnlyList<Gym> Gyms() =>
    [
        new() { Name = "Main Hall Bouldering" },
        new() { Name = "Riverside Boulders" },
        new() { Name = "North Campus Wall" },
    ];

    /// <summary>
    /// Yearly generations starting each March (the Korean academic year): the one containing <paramref name="today"/>
    /// and the two before it, numbered so that the current one is <paramref name="currentNumber"/>.
    /// </summary>
    public static IReadOnlyList<Generation> Generations(DateOnly today, int currentNumber = 12)
    {
        var startYear = today.Month >= 3 ? today.Year : today.Year - 1;
        return Enumerable.Range(0, 3)
            .Select(back => new Generation
            {
                Number = currentNumber - back,
                StartDate = new DateOnly(startYear - back, 3, 1),
                EndDate = new DateOnly(startYear - back + 1, 3, 1).AddDays(-1),
            })
            .OrderBy(g => g.Number)
            .ToList();
    }
}

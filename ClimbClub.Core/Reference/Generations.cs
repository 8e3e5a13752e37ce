namespace ClimbClub.Core.Reference;

/// <summary>Rules over the set of generations.</summary>
public static class Generations
{
    /// <summary>The generation whose range contains <paramref name="today"/>, if any.</summary>
    public static Generation? Current(IEnumerable<Generation> generations, DateOnly today) =>
        generations.FirstOrDefault(g => g.Contains(today));

    /// <summary>The generation running today, or else the latest one (by number); null when there is none.</summary>
    public static Generation? CurrentOrLatest(IEnumerable<Generation> generations, DateOnly today) =>
        Current(generations, today) ?? generations.MaxBy(g => g.Number);

    /// <summary>The generation a page shows: the one asked for by id (null if there is no such one), else <see cref="CurrentOrLatest"/>.</summary>
    public static Generation? Chosen(IEnumerable<Generation> generations, int? id, DateOnly today) =>
        id is { } wanted ? generations.FirstOrDefault(g => g.Id == wanted) : CurrentOrLatest(generations, today);

    /// <summary>The first generation, other than <paramref name="exceptId"/>, whose range meets [start, end].</summary>
    public static Generation? FirstOverlap(IEnumerable<Generation> generations, DateOnly start, DateOnly end, int? exceptId = null) =>
        generations.Where(g => g.Id != exceptId).OrderBy(g => g.Number).FirstOrDefault(g => g.Overlaps(start, end));
}

namespace ClimbClub.Core.Reference;

/// <summary>Rules over the set of generations.</summary>
public static class Generations
{
    /// <summary>The generation whose range contains <paramref name="today"/>, if any.</summary>
    public static Generation? Current(IEnumerable<Generation> generations, DateOnly today) =>
        generations.FirstOrDefault(g => g.Contains(today));

    /// <summary>The first generation, other than <paramref name="exceptId"/>, whose range meets [start, end].</summary>
    public static Generation? FirstOverlap(IEnumerable<Generation> generations, DateOnly start, DateOnly end, int? exceptId = null) =>
        generations.Where(g => g.Id != exceptId).OrderBy(g => g.Number).FirstOrDefault(g => g.Overlaps(start, end));

    /// <summary>Generations in club order: by number, never by name.</summary>
    public static IOrderedEnumerable<Generation> InOrder(IEnumerable<Generation> generations) =>
        generations.OrderBy(g => g.Number);
}

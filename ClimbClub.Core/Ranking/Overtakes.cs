namespace ClimbClub.Core.Ranking;

/// <summary>A member passed on a board: who was passed and by whom.</summary>
public sealed record Overtake(string Overtaken, string By);

public static class Overtakes
{
    /// <summary>
    /// Who passed whom between two versions of a board (member → points). A member is overtaken by another who had
    /// fewer points or no row before and has more points now; only the one now highest among those is named, so each
    /// member hears once per refresh. Members with no row now are not told anything.
    /// </summary>
    /// <remarks>
    /// One sweep (n log n, for boards of any size): members are told in order of what they had, while everyone on
    /// the board now who had less joins the pool; the one in the pool with the most points now is the answer.
    /// </remarks>
    public static IReadOnlyList<Overtake> Between(IReadOnlyDictionary<string, decimal> before, IReadOnlyDictionary<string, decimal> after)
    {
        var pool = after
            .Select(member => (Member: member.Key, Had: before.TryGetValue(member.Key, out var had) ? had : (decimal?)null, Has: member.Value))
            .OrderBy(member => member.Had.HasValue)
            .ThenBy(member => member.Had)
            .ToList();
        var told = before
            .Where(member => after.ContainsKey(member.Key))
            .OrderBy(member => member.Value)
            .ToList();

        var result = new List<Overtake>();
        var joined = 0;
        (string Member, decimal Has)? best = null;
        foreach (var (member, had) in told)
        {
            for (; joined < pool.Count && (pool[joined].Had is not { } otherHad || otherHad < had); joined++)
            {
                var other = pool[joined];
                if (best is not { } leader || other.Has > leader.Has || (other.Has == leader.Has && string.CompareOrdinal(other.Member, leader.Member) < 0))
                {
                    best = (other.Member, other.Has);
                }
            }

            if (best is { } by && by.Has > after[member])
            {
                result.Add(new Overtake(member, by.Member));
            }
        }

        return [.. result.OrderBy(o => o.Overtaken, StringComparer.Ordinal)];
    }
}

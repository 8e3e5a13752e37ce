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
    public static IReadOnlyList<Overtake> Between(IReadOnlyDictionary<string, decimal> before, IReadOnlyDictionary<string, decimal> after)
    {
        var result = new List<Overtake>();
        foreach (var (member, was) in before)
        {
            if (!after.TryGetValue(member, out var now))
            {
                continue;
            }

            var by = after
                .Where(other => other.Key != member && other.Value > now && (!before.TryGetValue(other.Key, out var otherWas) || otherWas < was))
                .OrderByDescending(other => other.Value)
                .ThenBy(other => other.Key, StringComparer.Ordinal)
                .Select(other => other.Key)
                .FirstOrDefault();
            if (by is not null)
            {
                result.Add(new Overtake(member, by));
            }
        }

        return result.OrderBy(o => o.Overtaken, StringComparer.Ordinal).ToList();
    }
}

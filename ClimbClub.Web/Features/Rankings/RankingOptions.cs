namespace ClimbClub.Web.Features.Rankings;

/// <summary>Settings under "Rankings".</summary>
public sealed class RankingOptions
{
    public const string Section = "Rankings";

    /// <summary>How often the ranking job recomputes the boards (seconds are fine for tests).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(60);
}

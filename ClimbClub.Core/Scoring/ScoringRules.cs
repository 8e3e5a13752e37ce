namespace ClimbClub.Core.Scoring;

/// <summary>Picks the rule a session is scored with.</summary>
public static class ScoringRules
{
    /// <summary>
    /// The rule of the generation the session's date belongs to; dates outside every generation use the default
    /// relative-to-level rule.
    /// </summary>
    public static IScoringRule For(ScoringRuleKind? generationRule, IReadOnlyDictionary<int, decimal> pointsByColourId) =>
        generationRule == ScoringRuleKind.PointsPerColour
            ? new PointsPerColourRule(pointsByColourId)
            : RelativeToLevelRule.Instance;
}

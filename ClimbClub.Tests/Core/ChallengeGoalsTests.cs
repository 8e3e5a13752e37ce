using ClimbClub.Core.Challenges;

namespace ClimbClub.Tests.Core;

/// <summary>How far a member is towards a challenge's goal, counted from their sessions inside its days.</summary>
public sealed class ChallengeGoalsTests
{
    private static readonly CountedSession[] Sessions =
    [
        new(new DateOnly(2026, 2, 28), 90, [new(5, 10)]),
        new(new DateOnly(2026, 3, 1), 60, [new(3, 4), new(5, 2), new(6, 1)]),
        new(new DateOnly(2026, 3, 15), 120, [new(4, 3), new(7, 2)]),
        new(new DateOnly(2026, 3, 31), 45, [new(5, 5)]),
        new(new DateOnly(2026, 4, 1), 200, [new(9, 9)]),
    ];

    [Theory]
    [InlineData(ChallengeGoalKind.Problems, 5, 10)]
    [InlineData(ChallengeGoalKind.Problems, 1, 17)]
    [InlineData(ChallengeGoalKind.Problems, 7, 2)]
    [InlineData(ChallengeGoalKind.Problems, 8, 0)]
    [InlineData(ChallengeGoalKind.Sessions, null, 3)]
    [InlineData(ChallengeGoalKind.Minutes, null, 225)]
    public void OnlySessionsInsideTheChallengesDaysCountAndForProblemsOnlyTheColourAndHarder(ChallengeGoalKind kind, int? minLevel, int progress)
    {
        var march = Challenge(kind, target: 10, minLevel);

        Assert.Equal(progress, ChallengeGoals.Progress(march, Sessions));
    }

    [Theory]
    [InlineData(9, false, "0.9")]
    [InlineData(10, true, "1")]
    [InlineData(25, true, "1")]
    [InlineData(0, false, "0")]
    public void TheGoalIsReachedAtTheTargetAndTheBarStopsFull(int progress, bool reached, string share)
    {
        var challenge = Challenge(ChallengeGoalKind.Sessions, target: 10);

        Assert.Equal(reached, ChallengeGoals.IsReached(challenge, progress));
        Assert.Equal(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), ChallengeGoals.Share(challenge, progress));
    }

    [Fact]
    public void NoSessionsIsNoProgress() =>
        Assert.Equal(0, ChallengeGoals.Progress(Challenge(ChallengeGoalKind.Minutes, 60), []));

    private static Challenge Challenge(ChallengeGoalKind kind, int target, int? minLevel = null) => new()
    {
        Title = "March",
        StartDate = new DateOnly(2026, 3, 1),
        EndDate = new DateOnly(2026, 3, 31),
        GoalKind = kind,
        Target = target,
        MinLevel = minLevel,
    };
}

using ClimbClub.Core.Challenges;

namespace ClimbClub.Tests.Core;

/// <summary>What an officer types into the challenge form.</summary>
public sealed class ChallengeInputValidatorTests
{
    private readonly ChallengeInputValidator validator = new(CoreText.Localizer);

    [Theory]
    [InlineData("20 blue or harder")]
    [InlineData("3월 볼더링 챌린지")]
    [InlineData("Crimp week 🧗")]
    public void AWholeChallengePasses(string title) => Assert.Empty(validator.Check(Valid(c => c.Title = title)));

    [Theory]
    [InlineData(nameof(ChallengeInput.Title), "A title has 3 to 80 characters.")]
    [InlineData(nameof(ChallengeInput.StartDate), "Enter the first day.")]
    [InlineData(nameof(ChallengeInput.EndDate), "The last day cannot be before the first day.")]
    [InlineData(nameof(ChallengeInput.Target), "The goal is a number from 1 to 100000.")]
    [InlineData(nameof(ChallengeInput.ColourId), "Choose the easiest colour that counts.")]
    [InlineData(nameof(ChallengeInput.MemberLimit), "The member limit is a number from 1 to 10000, or empty for no limit.")]
    [InlineData(nameof(ChallengeInput.GoalKind), "Choose problems, sessions or minutes.")]
    public void EachFieldIsCheckedWithAClearMessage(string field, string message)
    {
        var input = Valid(c =>
        {
            switch (field)
            {
                case nameof(ChallengeInput.Title): c.Title = "Hi"; break;
                case nameof(ChallengeInput.StartDate): c.StartDate = null; break;
                case nameof(ChallengeInput.EndDate): c.EndDate = c.StartDate!.Value.AddDays(-1); break;
                case nameof(ChallengeInput.Target): c.Target = 0; break;
                case nameof(ChallengeInput.ColourId): c.ColourId = null; break;
                case nameof(ChallengeInput.MemberLimit): c.MemberLimit = -3; break;
                default: c.GoalKind = (ChallengeGoalKind)9; break;
            }
        });

        CoreText.AssertRefused(validator.Check(input), field, message);
    }

    [Fact]
    public void SessionAndMinuteGoalsNeedNoColourAndAYearIsTheLongestChallenge()
    {
        Assert.Empty(validator.Check(Valid(c => (c.GoalKind, c.ColourId) = (ChallengeGoalKind.Minutes, null))));
        Assert.Empty(validator.Check(Valid(c => c.EndDate = c.StartDate!.Value.AddDays(365))));
        CoreText.AssertRefused(validator.Check(Valid(c => c.EndDate = c.StartDate!.Value.AddDays(366))), nameof(ChallengeInput.EndDate), "at most 366 days");
        CoreText.AssertRefused(validator.Check(Valid(c => c.Title = "<b>Bold</b>")), nameof(ChallengeInput.Title), "cannot contain");
    }

    private static ChallengeInput Valid(Action<ChallengeInput> change)
    {
        var input = new ChallengeInput
        {
            Title = "Ten blue",
            StartDate = new DateOnly(2026, 3, 1),
            EndDate = new DateOnly(2026, 3, 31),
            GoalKind = ChallengeGoalKind.Problems,
            Target = 10,
            ColourId = 5,
        };
        change(input);
        return input;
    }
}

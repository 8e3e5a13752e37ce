using AngleSharp.Dom;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Components.Pages.Challenges;

namespace ClimbClub.Tests.Components;

/// <summary>How a challenge's goal and a member's progress read, rendered from the values the pages pass.</summary>
public sealed class ChallengeComponentTests : IAsyncDisposable
{
    private readonly ComponentRenderer renderer = new();

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    [Theory]
    [InlineData(ChallengeGoalKind.Problems, 20, "Blue", "20 problems, blue or harder")]
    [InlineData(ChallengeGoalKind.Problems, 1, "Yellow", "1 problem, yellow or harder")]
    [InlineData(ChallengeGoalKind.Problems, 15, null, "15 problems")]
    [InlineData(ChallengeGoalKind.Sessions, 10, null, "10 sessions")]
    [InlineData(ChallengeGoalKind.Sessions, 1, null, "1 session")]
    [InlineData(ChallengeGoalKind.Minutes, 600, null, "600 minutes of climbing")]
    public async Task AGoalReadsAsASentence(ChallengeGoalKind kind, int target, string? colour, string words)
    {
        var page = await renderer.RenderAsync<ChallengeGoal>(new()
        {
            [nameof(ChallengeGoal.Kind)] = kind,
            [nameof(ChallengeGoal.Target)] = target,
            [nameof(ChallengeGoal.Colour)] = ReferenceDefaults.Colours().FirstOrDefault(c => c.Name == colour),
        });

        Assert.Equal(words, Text(page.QuerySelector("[data-testid=goal-text]")!));
    }

    [Fact]
    public async Task AProblemsGoalShowsTheDotOfItsEasiestColour()
    {
        var page = await renderer.RenderAsync<ChallengeGoal>(new()
        {
            [nameof(ChallengeGoal.Kind)] = ChallengeGoalKind.Problems,
            [nameof(ChallengeGoal.Target)] = 20,
            [nameof(ChallengeGoal.Colour)] = new DifficultyColour { Name = "Blue", DisplayColor = "#1E88E5", Level = 5 },
        });

        Assert.Equal("background:#1E88E5", page.QuerySelector(".colour-dot")?.GetAttribute("style"));
    }

    [Theory]
    [InlineData(0, 20, false, "0%", "0", "0 / 20")]
    [InlineData(7, 20, false, "35%", "7", "7 / 20")]
    [InlineData(2, 3, false, "66.7%", "2", "2 / 3")]
    [InlineData(25, 20, true, "100%", "20", "25 / 20")]
    public async Task TheBarFillsWithProgressAndStopsFullPastTheGoal(int progress, int target, bool completed, string width, string valueNow, string count)
    {
        var page = await renderer.RenderAsync<ChallengeProgressBar>(new()
        {
            [nameof(ChallengeProgressBar.Progress)] = progress,
            [nameof(ChallengeProgressBar.Target)] = target,
            [nameof(ChallengeProgressBar.Completed)] = completed,
            [nameof(ChallengeProgressBar.Label)] = "Your progress",
        });

        var bar = page.QuerySelector("[role=progressbar]")!;
        Assert.Equal("Your progress", bar.GetAttribute("aria-label"));
        Assert.Equal(valueNow, bar.GetAttribute("aria-valuenow"));
        Assert.Equal($"width:{width}", page.QuerySelector(".goal-fill")?.GetAttribute("style"));
        Assert.Equal(count, Text(page.QuerySelector("[data-testid=progress-count]")!));
        Assert.Equal(completed, page.QuerySelector("[data-testid=progress]")!.ClassList.Contains("goal-done"));
        Assert.Equal(completed, page.QuerySelector(".goal-tick") is not null);
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using ClimbClub.Core.Members;
using ClimbClub.Web.Components.Account.Shared;
using ClimbClub.Web.Components.Pages.Admin;
using ClimbClub.Web.Components.Shared;

namespace ClimbClub.Tests.Components;

/// <summary>The small labels admins and applicants read at a glance.</summary>
public sealed class LabelTests : IAsyncDisposable
{
    private readonly ComponentRenderer renderer = new();

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    [Theory]
    [InlineData(ApprovalStatus.Approved, true, "Active", "chip-active")]
    [InlineData(ApprovalStatus.Pending, true, "Pending", "chip-pending")]
    [InlineData(ApprovalStatus.Rejected, true, "Rejected", "chip-rejected")]
    [InlineData(ApprovalStatus.Approved, false, "Deactivated", "chip-deactivated")]
    [InlineData(ApprovalStatus.Rejected, false, "Deactivated", "chip-deactivated")]
    public async Task AMembersStatusChipSaysWhereTheyStand(ApprovalStatus status, bool active, string label, string style)
    {
        var page = await renderer.RenderAsync<StatusChip>(new() { [nameof(StatusChip.Status)] = status, [nameof(StatusChip.IsActive)] = active });

        var chip = Assert.Single(page.QuerySelectorAll(".chip"));
        Assert.Equal(label, chip.TextContent.Trim());
        Assert.Contains(style, chip.ClassList);
    }

    [Fact]
    public async Task ALevelChipShowsTheColourAndItsName()
    {
        var page = await renderer.RenderAsync<LevelChip>(new() { [nameof(LevelChip.Name)] = "Purple", [nameof(LevelChip.Color)] = "#8E24AA" });

        Assert.Equal("Purple", page.QuerySelector(".level-chip")!.TextContent.Trim());
        Assert.Contains("background:#8E24AA", page.QuerySelector(".colour-dot")!.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignUpStepsMarkTheStepsDoneAndTheCurrentOne()
    {
        var page = await renderer.RenderAsync<SignUpSteps>(new() { [nameof(SignUpSteps.Current)] = 3 });

        var steps = page.QuerySelectorAll("li.step");
        Assert.Equal(["Email", "Code", "Details", "Approval"], steps.Select(s => s.QuerySelector(".step-name")!.TextContent));
        Assert.Equal(["step-done", "step-done", "step-current", "step-todo"], steps.Select(s => s.ClassList.Single(c => c != "step")));
        Assert.Equal("step", steps[2].GetAttribute("aria-current"));
        Assert.Null(steps[1].GetAttribute("aria-current"));
    }
}

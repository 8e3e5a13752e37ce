using System.Text.RegularExpressions;
using ClimbClub.Core.Reference;
using ClimbClub.Tests.Integration;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Reference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClimbClub.Tests.Browser;

/// <summary>
/// A club on a clock the test moves, so each board tells a different story: Ara climbed in the 12th generation's last
/// week, Bomi, Dami and Hana in the first week of the 13th, and six climbers this week (the 13th's second). Hana, the
/// strongest, hid herself from the screen. Boards rank every 2 s; the screen turns a slide every 3 s.
/// </summary>
public sealed class SlideshowClub : ClimbClubApp, IAsyncLifetime
{
    public SlideshowClub()
    {
        With("Rankings:RefreshInterval", "00:00:02");
        With("Screen:SlideInterval", "00:00:03");
        // Wednesday noon in club time (Asia/Seoul), in the 12th generation's last week; the clock runs on from there
        // (the test is done well within its first minute), so the ranking job keeps its 2 s beat.
        WithManualClock(new DateTimeOffset(2026, 2, 25, 3, 0, 0, TimeSpan.Zero), running: true);
    }

    public string BaseUrl { get; private set; } = "";

    public string ScreenLink { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        BaseUrl = StartKestrel();
        string[] names = ["Ara Arete", "Bomi Beta", "Chan Crux", "Dami Dyno", "Eunji Edge", "Hana Hidden", "Jin Jug", "Minho Mantle"];
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            ids[name] = await CreateMemberAsync($"{name.Split(' ')[0].ToLowerInvariant()}@slides.test", displayName: name);
        }

        await using var scope = Scope();
        var boards = scope.ServiceProvider.GetRequiredService<LeaderboardService>();
        Assert.True((await boards.SetHiddenFromScreenAsync(PrincipalOf(ids["Hana Hidden"]), hidden: true)).Succeeded);
        var generations = scope.ServiceProvider.GetRequiredService<GenerationAdminService>();
        var thirteenth = new GenerationInput { Number = 13, StartDate = new(2026, 3, 1), EndDate = new(2027, 2, 28) };
        var created = await generations.CreateAsync(PrincipalOf(await AdminIdAsync()), thirteenth);
        Assert.True(created.Succeeded, created.Message);

        var clock = Clock!;
        await this.LogSessionAsync(ids["Ara Arete"], 50);
        clock.Advance(TimeSpan.FromDays(7));
        foreach (var (name, problems) in new[] { ("Bomi Beta", 40), ("Dami Dyno", 25), ("Hana Hidden", 30) })
        {
            await this.LogSessionAsync(ids[name], problems);
        }

        clock.Advance(TimeSpan.FromDays(7));
        foreach (var (name, problems) in new[] { ("Chan Crux", 30), ("Hana Hidden", 28), ("Dami Dyno", 20), ("Eunji Edge", 20), ("Jin Jug", 12), ("Minho Mantle", 8) })
        {
            await this.LogSessionAsync(ids[name], problems);
        }

        await this.RefreshRankingsAsync();
        ScreenLink = await this.CreateScreenLinkAsync("TV at Main Hall");
    }
}

/// <summary>The gym TV left alone: the slides come round by themselves and the footer says when the boards were ranked.</summary>
[Collection(BrowserGroup.Name)]
public sealed class GymScreenSlidesTests(BrowserFixture browser, SlideshowClub club) : IClassFixture<SlideshowClub>
{
    // Notes the heading of each slide the TV shows in full, in the order they come.
    private const string RecordSlides = """
        window.slidesShown = [];
        setInterval(() => {
          const shown = [...document.querySelectorAll('main section')]
            .filter(slide => { const style = getComputedStyle(slide); return style.visibility === 'visible' && style.opacity === '1'; })
            .map(slide => slide.querySelector('h2').textContent.trim());
          if (shown.length === 1 && window.slidesShown.at(-1) !== shown[0]) {
            window.slidesShown.push(shown[0]);
          }
        }, 50);
        """;

    [Fact]
    public async Task EachBoardComesInTurnWithoutHiddenMembersAndTheFooterFollowsTheRankingRuns()
    {
        var tv = await browser.NewPageAsync(club.BaseUrl);
        await tv.SetViewportSizeAsync(1920, 1080);
        await tv.AddInitScriptAsync(RecordSlides);
        await tv.GotoAsync(club.ScreenLink);
        await tv.WaitUntilLiveAsync();
        await tv.EvaluateAsync("() => window.openedBeforeTheNextRun = true");
        var updated = tv.GetByTestId("screen-updated");

        // This week: Hana's 28 would be second; among those shown Dami and Eunji share second, and Jin is fourth.
        await ExpectShownAsync(tv, "This week", "This week");
        await Expect(tv.GetByTestId("screen-week").GetByTestId("screen-row")).ToHaveTextAsync(
        [
            Step(1, "Chan Crux", 30),
            Step(2, "Dami Dyno", 20),
            Step(2, "Eunji Edge", 20),
            Row(4, "Jin Jug", 12, "0:01"),
            Row(5, "Minho Mantle", 8, "0:01"),
        ]);
        await Expect(updated).ToHaveTextAsync("Updated 12:00");

        // The 13th generation: both its weeks, without Ara's climb in the 12th.
        await ExpectShownAsync(tv, "Gen 13", "Gen 13");
        await Expect(tv.GetByTestId("screen-generation").GetByTestId("screen-row")).ToHaveTextAsync(
        [
            Row(1, "Dami Dyno", 45, "0:02"),
            Row(2, "Bomi Beta", 40, "0:01"),
            Row(3, "Chan Crux", 30, "0:01"),
            Row(4, "Eunji Edge", 20, "0:01"),
            Row(5, "Jin Jug", 12, "0:01"),
            Row(6, "Minho Mantle", 8, "0:01"),
        ]);

        await ExpectShownAsync(tv, "All-time", "All-time");
        await Expect(tv.GetByTestId("screen-alltime").GetByTestId("screen-row")).ToHaveTextAsync(
        [
            Row(1, "Ara Arete", 50, "0:01"),
            Row(2, "Dami Dyno", 45, "0:02"),
            Row(3, "Bomi Beta", 40, "0:01"),
            Row(4, "Chan Crux", 30, "0:01"),
            Row(5, "Eunji Edge", 20, "0:01"),
            Row(6, "Jin Jug", 12, "0:01"),
            Row(7, "Minho Mantle", 8, "0:01"),
        ]);
        await Expect(tv.GetByText("Hana Hidden")).ToHaveCountAsync(0);

        // Round again to the start, in that order, with nobody touching the TV.
        await ExpectShownAsync(tv, "This week", "This week");
        await tv.WaitForFunctionAsync("() => window.slidesShown.length >= 4");
        string[] round = ["This week", "Gen 13", "All-time", "This week"];
        Assert.Equal(round, await tv.EvaluateAsync<string[]>("() => window.slidesShown.slice(0, 4)"));

        // Five minutes on, the next ranking run is the one the footer names.
        club.Clock!.Advance(TimeSpan.FromMinutes(5));
        await Expect(updated).ToHaveTextAsync("Updated 12:05");
        Assert.True(await tv.EvaluateAsync<bool>("() => window.openedBeforeTheNextRun === true"), "The screen reloaded.");
    }

    /// <summary>The slide with this heading is the one on the TV, and the footer marks its name as the current one.</summary>
    private static async Task ExpectShownAsync(IPage tv, string heading, string footerName)
    {
        // Up to a few slide intervals, so a slow machine does not miss its turn.
        await Expect(tv.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(tv.GetByRole(AriaRole.Navigation, new() { Name = "Slides" }).Locator("[aria-current=true]")).ToHaveTextAsync(footerName);
    }

    // A podium step reads: the name, the points over their caption, and the place on the block.
    private static Regex Step(int place, string name, int points) =>
        new($@"^\s*{Regex.Escape(name)}\s*{points}\s*Points\s*{place}\s*$");

    // A row of a top list reads: the place, the name over problems and time, and the points (one a problem here).
    private static Regex Row(int place, string name, int points, string time) =>
        new($@"^\s*{place}\s*{Regex.Escape(name)}\s*Problems {points} · Time {time} h\s*{points}\s*$");
}

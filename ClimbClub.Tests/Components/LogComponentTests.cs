using AngleSharp.Dom;
using ClimbClub.Core.Log;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Scoring;
using ClimbClub.Web.Components.Pages.Log;
using ClimbClub.Web.Features.Log;

namespace ClimbClub.Tests.Components;

/// <summary>How the log words points, rules, voids and closed weeks, rendered from the same values the pages pass.</summary>
public sealed class LogComponentTests : IAsyncDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 20);
    private static readonly IReadOnlyList<DifficultyColour> Colours =
        [.. ReferenceDefaults.Colours().Select(c => { c.Id = c.Level * 10; return c; })];

    private readonly ComponentRenderer renderer = new();

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    [Fact]
    public async Task ThePreviewShowsEachColourAgainstTheMembersLevelAndTheTotal()
    {
        var context = Context(ScoringRuleKind.RelativeToLevel, memberLevel: 4);
        var input = Input(("Yellow", 2), ("Green", 4), ("Blue", 3));

        var page = await RenderPreviewAsync(context, input, storedLevel: false);

        Assert.Equal(
            ["2 × Yellow (below your level) × 0.5 = 1", "4 × Green (at your level) × 1.0 = 4", "3 × Blue (above your level) × 2.0 = 6"],
            page.QuerySelectorAll("[data-testid=preview-line]").Select(Text));
        Assert.Equal("11", Text(page.QuerySelector("[data-testid=preview-total]")!));
        Assert.Equal("Scored against your level (Green): 0.5 per problem below it, 1.0 at it, 2.0 above it.", Text(page.QuerySelector("[data-testid=preview-rule]")!));
        Assert.Contains("Gen 12 · week 3 2026-03-15 – 2026-03-21", Text(page.QuerySelector(".preview-week")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingASessionScoresItAgainstTheLevelItWasLoggedWith()
    {
        var context = Context(ScoringRuleKind.RelativeToLevel, memberLevel: 5);
        var input = Input(("Blue", 3));

        var page = await RenderPreviewAsync(context, input, storedLevel: true, level: 1);

        Assert.Equal(["3 × Blue (above your level) × 2.0 = 6"], page.QuerySelectorAll("[data-testid=preview-line]").Select(Text));
        Assert.StartsWith("Scored against your level when you logged it (White):", Text(page.QuerySelector("[data-testid=preview-rule]")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderTheColourTableEachColourIsWorthItsTablePoints()
    {
        var context = Context(ScoringRuleKind.PointsPerColour, memberLevel: 9);
        var input = Input(("Blue", 3), ("Red", 1));

        var page = await RenderPreviewAsync(context, input, storedLevel: false);

        Assert.Equal(
            ["3 × Blue (colour table) × 5.0 = 15", "1 × Red (colour table) × 6.0 = 6"],
            page.QuerySelectorAll("[data-testid=preview-line]").Select(Text));
        Assert.Equal("21", Text(page.QuerySelector("[data-testid=preview-total]")!));
        Assert.StartsWith("Gen 12 scores with the club's colour table", Text(page.QuerySelector("[data-testid=preview-rule]")!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Voided by an officer: this session scores nothing. Reason: “Forty blacks in an hour?”")]
    [InlineData(false, "Voided: scores nothing. Reason: “Forty blacks in an hour?”")]
    public async Task AVoidedSessionScoresNothingAndSaysWhy(bool ownerView, string note)
    {
        var session = Session(voidReason: "Forty blacks in an hour?", countsForRankings: false);

        var page = await RenderCardAsync(session, ownerView);

        Assert.Equal("0", Text(page.QuerySelector(".points-value")!));
        Assert.Equal("80", Text(page.QuerySelector(".points-struck")!));
        Assert.Equal(note, Text(page.QuerySelector("[data-testid=void-reason]")!));
        Assert.Null(page.QuerySelector("[data-testid=frozen]"));
    }

    [Theory]
    [InlineData(true, "Counts for your stats, not the rankings")]
    [InlineData(false, "Week closed: counts for stats, not the rankings")]
    public async Task ASessionInAClosedWeekSaysItCountsOnlyForStats(bool ownerView, string chip)
    {
        var page = await RenderCardAsync(Session(voidReason: null, countsForRankings: false), ownerView);

        Assert.Equal(chip, Text(page.QuerySelector("[data-testid=frozen]")!));
        Assert.Equal("80", Text(page.QuerySelector(".points-value")!));
    }

    [Fact]
    public async Task AnOpenSessionShowsItsDayTimesGymColoursAndPoints()
    {
        var page = await RenderCardAsync(Session(voidReason: null, countsForRankings: true), ownerView: true);

        Assert.StartsWith("2026-03-18", Text(page.QuerySelector(".session-date")!), StringComparison.Ordinal);
        Assert.Contains("18:00–20:30 · 2:30 h", Text(page.QuerySelector(".session-detail")!), StringComparison.Ordinal);
        Assert.Contains("Riverside Boulders", Text(page.QuerySelector(".session-detail")!), StringComparison.Ordinal);
        Assert.Equal(["Black 40"], page.QuerySelectorAll("[data-testid=colour-count]").Select(Text));
        Assert.Equal("80 pts", Text(page.QuerySelector("[data-testid=session-points]")!));
        Assert.Null(page.QuerySelector("[data-testid=frozen]"));
        Assert.Null(page.QuerySelector("[data-testid=void-reason]"));
    }

    private static LogContext Context(ScoringRuleKind rule, int memberLevel) => new(
        [new Gym { Id = 1, Name = "Riverside Boulders" }],
        Colours,
        [new Generation { Id = 7, Number = 12, StartDate = new(2026, 3, 1), EndDate = new(2027, 2, 28), ScoringRule = rule }],
        memberLevel,
        Today,
        HomeGymId: 1);

    private static SessionInput Input(params (string Colour, int Count)[] lines) => new()
    {
        Date = Today,
        Start = new(18, 0),
        End = new(20, 0),
        GymId = 1,
        Lines = [.. lines.Select(l => new SessionLineInput { ColourId = Colours.Single(c => c.Name == l.Colour).Id, Count = l.Count })],
    };

    private static SessionView Session(string? voidReason, bool countsForRankings) => new(
        42, new DateOnly(2026, 3, 18), new TimeOnly(18, 0), new TimeOnly(20, 30), "Riverside Boulders",
        [new LineView(100, "Black", "#212121", 40, 2.0m, 80.0m, LineBasis.AboveLevel)],
        80.0m, ScoringRuleKind.RelativeToLevel, null, voidReason, countsForRankings);

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderPreviewAsync(LogContext context, SessionInput input, bool storedLevel, int? level = null) =>
        renderer.RenderAsync<ScorePreviewPanel>(new()
        {
            [nameof(ScorePreviewPanel.Preview)] = LogService.Preview(context, input, level),
            [nameof(ScorePreviewPanel.Colours)] = context.Colours,
            [nameof(ScorePreviewPanel.Generations)] = context.Generations,
            [nameof(ScorePreviewPanel.MemberLevel)] = level ?? context.MemberLevel,
            [nameof(ScorePreviewPanel.StoredLevel)] = storedLevel,
        });

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderCardAsync(SessionView session, bool ownerView) =>
        renderer.RenderAsync<SessionCard>(new()
        {
            [nameof(SessionCard.Session)] = session,
            [nameof(SessionCard.OwnerView)] = ownerView,
        });

    private static string Text(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

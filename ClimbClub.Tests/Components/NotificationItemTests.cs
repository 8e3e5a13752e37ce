using AngleSharp.Dom;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Components.Pages.Notifications;
using ClimbClub.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Components;

/// <summary>How a piece of news reads: its words from kind, subject and detail, where it leads, and when it came in club time.</summary>
public sealed class NotificationItemTests : IAsyncDisposable
{
    /// <summary>Wednesday 2026-03-04 21:00 in Seoul, the club's time zone.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly ComponentRenderer renderer = new(services => services
        .AddSingleton(new ClubCalendar(TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")))
        .AddSingleton<TimeProvider>(new ManualClock(Now)));

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    [Theory]
    [InlineData(NotificationKind.SignUpApproved, "Club Admin", null, "", "Welcome to the club! Club Admin approved your sign-up.", null, "https://club.test/")]
    [InlineData(NotificationKind.CheckInApproved, "2026-03-04", null, "checkin", "Your check-in request for 2026-03-04 was approved.", null, "https://club.test/checkin")]
    [InlineData(NotificationKind.CheckInRejected, "2026-03-04", "Not seen at the wall", "checkin",
        "Your check-in request for 2026-03-04 was turned down.", "Reason: “Not seen at the wall”", "https://club.test/checkin")]
    [InlineData(NotificationKind.CheckInRejected, "2026-03-04", null, "checkin", "Your check-in request for 2026-03-04 was turned down.", null, "https://club.test/checkin")]
    [InlineData(NotificationKind.SessionVoided, "2026-03-03", "Forty blacks in an hour?", "log",
        "An officer voided your session of 2026-03-03: it scores nothing.", "Reason: “Forty blacks in an hour?”", "https://club.test/log")]
    [InlineData(NotificationKind.ChallengeJoined, "Kim Minji", "20 blues in March", "challenges/3", "Kim Minji joined your challenge “20 blues in March”.", null, "https://club.test/challenges/3")]
    [InlineData(NotificationKind.ChallengeCompleted, "20 blues in March", null, "challenges/3",
        "You completed the challenge “20 blues in March”! Its badge is on your profile.", null, "https://club.test/challenges/3")]
    [InlineData(NotificationKind.OvertakenOnWeeklyBoard, "박서준", null, "leaderboard", "박서준 overtook you on the weekly board.", null, "https://club.test/leaderboard")]
    public async Task EachKindOfNewsReadsAsASentenceAndLeadsWhereItIsAbout(
        NotificationKind kind, string subject, string? detail, string link, string sentence, string? reason, string href)
    {
        var page = await RenderAsync(new NotificationView(1, kind, subject, detail, link, Now.AddHours(-1), IsUnread: false));

        Assert.Equal(sentence, Text(page.QuerySelector("[data-testid=notification-text]")!));
        Assert.Equal(reason, page.QuerySelector("[data-testid=notification-reason]") is { } shown ? Text(shown) : null);
        Assert.Equal(href, page.QuerySelector("a.news-body")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ADateInTheSentenceIsKeptOnOneLine()
    {
        var page = await RenderAsync(new NotificationView(1, NotificationKind.SessionVoided, "2026-03-03", "Why", "log", Now, IsUnread: true));

        Assert.Equal(["2026-03-03"], page.QuerySelectorAll(".news-date").Select(Text));
    }

    [Fact]
    public async Task AKoreanReaderSeesTheDateWrittenTheKoreanWayWhateverLanguageTheOfficerUsed()
    {
        using var korean = new ReaderCulture("ko");

        var page = await RenderAsync(new NotificationView(1, NotificationKind.SessionVoided, "2026-03-03", "Why", "log", Now, IsUnread: true));

        Assert.Equal(["2026. 3. 3."], page.QuerySelectorAll(".news-date").Select(Text));
        Assert.StartsWith("운영진이 2026. 3. 3.", Text(page.QuerySelector("[data-testid=notification-text]")!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-04T11:59:00Z", "Today 20:59")]
    [InlineData("2026-03-03T16:00:00Z", "Today 01:00")]
    [InlineData("2026-03-03T14:59:00Z", "Yesterday 23:59")]
    [InlineData("2026-03-02T14:59:00Z", "2026-03-02 23:59")]
    [InlineData("2025-12-31T15:30:00Z", "2026-01-01 00:30")]
    public async Task NewsIsDatedByTheClubsClock(string createdAt, string shown)
    {
        var page = await RenderAsync(new NotificationView(1, NotificationKind.OvertakenOnWeeklyBoard, "Finn", null, "leaderboard", DateTimeOffset.Parse(createdAt, System.Globalization.CultureInfo.InvariantCulture), IsUnread: false));

        Assert.Equal(shown, Text(page.QuerySelector("time")!));
    }

    [Theory]
    [InlineData(true, "true", "Unread:")]
    [InlineData(false, "false", null)]
    public async Task UnreadNewsIsMarkedForEyesAndScreenReaders(bool unread, string flag, string? spoken)
    {
        var page = await RenderAsync(new NotificationView(1, NotificationKind.OvertakenOnWeeklyBoard, "Finn", null, "leaderboard", Now, unread));

        var item = page.QuerySelector("[data-testid=notification]")!;
        Assert.Equal(flag, item.GetAttribute("data-unread"));
        Assert.Equal(unread, item.ClassList.Contains("news-unread"));
        Assert.Equal(spoken, item.QuerySelector(".visually-hidden")?.TextContent);
    }

    private Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(NotificationView row) =>
        renderer.RenderAsync<NotificationItem>(new() { [nameof(NotificationItem.Row)] = row });

    private static string Text(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

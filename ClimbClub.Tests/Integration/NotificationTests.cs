using ClimbClub.Core;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// A member's news through the real services: what an officer's decision, a sign-up answer or the weekly board tells
/// them, the kinds they turn off, and that nobody reads or marks another member's news. The club meets on Wednesdays
/// at 19:00 (12th generation); the clock starts on Wednesday 2026-03-04 at 17:00 and only moves forward.
/// </summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private const string Reason = "Forty blacks in an hour? Log what you climbed.";

    private AttendanceClub club = default!;

    private RankingClub Club => club.Club;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => club = await AttendanceClub.StartAsync("2026-03-04 17:00");

    public ValueTask DisposeAsync() => club.DisposeAsync();

    [Fact]
    public async Task AnOfficerVoidingASessionTellsItsMemberWhy()
    {
        var eva = await club.JoinAsync("Eva");
        var session = await Club.LogAsync(eva, "2026-03-03", "18:00", "20:00", (4, 5));

        var voided = await VoidAsync(session);

        Assert.True(voided.Succeeded, voided.Message);
        Assert.Equal([$"SessionVoided 2026-03-03 ({Reason}) -> log, unread"], Lines(await NewsAsync(eva)));
        Assert.Equal(1, await UnreadAsync(eva));
        Assert.Empty(Lines(await NewsAsync(club.Officer)));
    }

    [Fact]
    public async Task AnOfficerReadingKoreanStoresTheDateSoAnEnglishReaderStillGetsItTheEnglishWay()
    {
        var eva = await club.JoinAsync("Eva");
        var session = await Club.LogAsync(eva, "2026-03-03", "18:00", "20:00", (4, 5));

        Outcome voided;
        using (new ReaderCulture("ko"))
        {
            voided = await VoidAsync(session);
        }

        Assert.True(voided.Succeeded, voided.Message);
        Assert.Equal([$"SessionVoided 2026-03-03 ({Reason}) -> log, unread"], Lines(await NewsAsync(eva)));
    }

    [Fact]
    public async Task AMemberWhoTurnedVoidedSessionsOffHearsNothingOfThemUntilTheyTurnThemOnAgain()
    {
        var eva = await club.JoinAsync("Eva");
        var first = await Club.LogAsync(eva, "2026-03-02", "18:00", "20:00", (4, 5));
        var second = await Club.LogAsync(eva, "2026-03-03", "18:00", "20:00", (4, 5));

        var off = await ChooseAsync(eva, NotificationKind.SessionVoided, on: false);
        var choices = await Club.CallAsync<NotificationCentre, Outcome<IReadOnlyList<NotificationChoice>>>(c => c.ChoicesAsync(eva.Principal, Ct));
        var voided = await VoidAsync(first);

        Assert.True(off.Succeeded && voided.Succeeded, off.Message + voided.Message);
        Assert.Equal(
            [new(NotificationKind.CheckInApproved, true), new(NotificationKind.CheckInRejected, true), new(NotificationKind.SessionVoided, false),
             new(NotificationKind.ChallengeJoined, true), new(NotificationKind.ChallengeCompleted, true), new(NotificationKind.OvertakenOnWeeklyBoard, true)],
            choices.Value!);
        Assert.Empty(Lines(await NewsAsync(eva)));
        Assert.Equal(0, await UnreadAsync(eva));
        Assert.True((await Club.MineAsync(eva)).Single(s => s.Id == first).IsVoided);

        Assert.True((await ChooseAsync(eva, NotificationKind.SessionVoided, on: true)).Succeeded);
        Assert.True((await VoidAsync(second)).Succeeded);
        Assert.Equal([$"SessionVoided 2026-03-03 ({Reason}) -> log, unread"], Lines(await NewsAsync(eva)));
    }

    [Fact]
    public async Task AMemberCanNeitherReadNorMarkAnotherMembersNews()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        await VoidAsync(await Club.LogAsync(eva, "2026-03-03", "18:00", "20:00", (4, 5)));
        var evasNews = Assert.Single((await NewsAsync(eva)).Rows).Id;

        var marked = await MarkReadAsync(finn, evasNews);
        var markedAll = await MarkReadAsync(finn);

        Assert.Equal((OutcomeKind.NotFound, "There is no such notification."), (marked.Kind, marked.Message));
        Assert.True(markedAll.Succeeded, markedAll.Message);
        Assert.Empty(Lines(await NewsAsync(finn)));
        Assert.Equal([$"SessionVoided 2026-03-03 ({Reason}) -> log, unread"], Lines(await NewsAsync(eva)));
        Assert.Equal(1, await UnreadAsync(eva));
    }

    [Fact]
    public async Task TheAnswerToASignUpCannotBeTurnedOff()
    {
        var eva = await club.JoinAsync("Eva");

        var off = await ChooseAsync(eva, NotificationKind.SignUpApproved, on: false);
        var choices = await Club.CallAsync<NotificationCentre, Outcome<IReadOnlyList<NotificationChoice>>>(c => c.ChoicesAsync(eva.Principal, Ct));

        Assert.Equal((OutcomeKind.Invalid, "That kind of notification cannot be turned off."), (off.Kind, off.Message));
        Assert.DoesNotContain(choices.Value!, c => c.Kind == NotificationKind.SignUpApproved);
        Assert.False(await Club.App.WithDbAsync(db => db.MutedNotifications.AnyAsync(m => m.MemberId == eva.Id, Ct)));
    }

    [Fact]
    public async Task AnApprovedApplicantFindsTheAdminsWelcome()
    {
        var adminId = await Club.App.AdminIdAsync();
        var applicantId = await Club.App.CreateMemberAsync("nora@club.test", status: ApprovalStatus.Pending, displayName: "Nora");
        var applicant = new Climber(applicantId, "Nora");
        var before = await Club.CallAsync<NotificationCentre, Outcome<NotificationPage>>(c => c.PageAsync(applicant.Principal, 0, 30, Ct));

        var approved = await Club.CallAsync<MemberAdminService, Outcome>(s => s.ApproveAsync(ClimbClubApp.PrincipalOf(adminId), applicantId, "https://club.test/Account/Login", Ct));

        Assert.Equal((OutcomeKind.Denied, "Only approved members have notifications."), (before.Kind, before.Message));
        Assert.True(approved.Succeeded, approved.Message);
        var adminName = await Club.App.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.DisplayName).SingleAsync(Ct));
        Assert.Equal([$"SignUpApproved {adminName} () -> , unread"], Lines(await NewsAsync(applicant)));
    }

    [Fact]
    public async Task AnOfficerTurningACheckInRequestDownGivesTheReasonAndAnApprovalSaysSo()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        var session = await club.AddSessionAsync(DayOfWeek.Wednesday, club.HomeGym, "19:00");
        club.MoveTo("2026-03-04 19:10");
        var evaAsks = await club.RequestAsync(eva, session);
        var finnAsks = await club.RequestAsync(finn, session);
        club.MoveTo("2026-03-04 21:00");

        await club.DecideAsync(club.Officer, evaAsks.Value, approve: false, "Not seen at the wall tonight");
        await club.DecideAsync(club.Officer, finnAsks.Value, approve: true);

        Assert.Equal(["CheckInRejected 2026-03-04 (Not seen at the wall tonight) -> checkin, unread"], Lines(await NewsAsync(eva)));
        Assert.Equal(["CheckInApproved 2026-03-04 () -> checkin, unread"], Lines(await NewsAsync(finn)));
    }

    [Fact]
    public async Task AMemberPassedOnTheWeeklyBoardHearsWhoPassedThemUnlessTheyTurnedItOff()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        var gus = await club.JoinAsync("Gus");
        await Club.LogAsync(eva, "2026-03-02", "18:00", "20:00", (4, 3));
        await Club.LogAsync(gus, "2026-03-02", "18:00", "20:00", (4, 2));
        await Club.RefreshAsync();
        await ChooseAsync(gus, NotificationKind.OvertakenOnWeeklyBoard, on: false);

        await Club.LogAsync(finn, "2026-03-03", "18:00", "20:00", (4, 8));
        await Club.RefreshAsync();

        Assert.Equal(["OvertakenOnWeeklyBoard Finn () -> leaderboard, unread"], Lines(await NewsAsync(eva)));
        Assert.Empty(Lines(await NewsAsync(gus)));
        Assert.Empty(Lines(await NewsAsync(finn)));
    }

    [Fact]
    public async Task UnreadNewsCountsDownAsTheMemberReadsOneAndThenAll()
    {
        var eva = await club.JoinAsync("Eva");
        foreach (var day in new[] { "2026-03-01", "2026-03-02", "2026-03-03" })
        {
            await VoidAsync(await Club.LogAsync(eva, day, "18:00", "20:00", (4, 5)));
            Club.App.Clock!.Advance(TimeSpan.FromMinutes(1));
        }

        var news = await NewsAsync(eva);
        Assert.Equal(["2026-03-03", "2026-03-02", "2026-03-01"], news.Rows.Select(r => r.Subject));
        Assert.Equal((3, 3, 3), (news.Total, news.Unread, await UnreadAsync(eva)));

        Assert.True((await MarkReadAsync(eva, news.Rows[1].Id)).Succeeded);
        Assert.True((await MarkReadAsync(eva, news.Rows[1].Id)).Succeeded);
        news = await NewsAsync(eva);
        Assert.Equal([true, false, true], news.Rows.Select(r => r.IsUnread));
        Assert.Equal((3, 2, 2), (news.Total, news.Unread, await UnreadAsync(eva)));

        Assert.True((await MarkReadAsync(eva)).Succeeded);
        news = await NewsAsync(eva);
        Assert.Equal((3, 0, 0), (news.Total, news.Unread, await UnreadAsync(eva)));
        Assert.All(news.Rows, r => Assert.False(r.IsUnread));
    }

    [Fact]
    public async Task NewsAndReadingItReachTheMembersOpenPagesAndOnlyTheirs()
    {
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        var signals = Club.App.Services.GetRequiredService<MemberSignals>();
        var (toEva, toFinn) = (0, 0);
        using var evasTab = signals.Subscribe(eva.Id, () => { toEva++; return Task.CompletedTask; });
        using var finnsTab = signals.Subscribe(finn.Id, () => { toFinn++; return Task.CompletedTask; });

        await VoidAsync(await Club.LogAsync(eva, "2026-03-03", "18:00", "20:00", (4, 5)));
        var afterNews = toEva;
        await MarkReadAsync(eva);
        var afterReading = toEva;
        await MarkReadAsync(eva);

        Assert.Equal((1, 2, 2, 0), (afterNews, afterReading, toEva, toFinn));
    }

    [Fact]
    public async Task ApplicantsAndStrangersHaveNoNews()
    {
        var pendingId = await Club.App.CreateMemberAsync("pia@club.test", status: ApprovalStatus.Pending, displayName: "Pia");
        foreach (var who in new[] { ClimbClubApp.PrincipalOf(pendingId), new System.Security.Claims.ClaimsPrincipal() })
        {
            await using var scope = Club.App.Scope();
            var centre = scope.ServiceProvider.GetRequiredService<NotificationCentre>();

            Assert.Null(await centre.MemberIdAsync(who, Ct));
            Assert.Equal(0, await centre.UnreadCountAsync(who, Ct));
            Assert.Equal(OutcomeKind.Denied, (await centre.PageAsync(who, 0, 30, Ct)).Kind);
            Assert.Equal(OutcomeKind.Denied, (await centre.MarkReadAsync(who, null, Ct)).Kind);
            Assert.Equal(OutcomeKind.Denied, (await centre.ChooseAsync(who, NotificationKind.SessionVoided, false, Ct)).Kind);
        }
    }

    private Task<Outcome> VoidAsync(long sessionId) =>
        Club.CallAsync<LogService, Outcome>(log => log.VoidAsync(club.Officer.Principal, sessionId, new VoidInput { Reason = Reason }, Ct));

    private Task<Outcome> ChooseAsync(Climber who, NotificationKind kind, bool on) =>
        Club.CallAsync<NotificationCentre, Outcome>(c => c.ChooseAsync(who.Principal, kind, on, Ct));

    private Task<Outcome> MarkReadAsync(Climber who, long? id = null) =>
        Club.CallAsync<NotificationCentre, Outcome>(c => c.MarkReadAsync(who.Principal, id, Ct));

    private Task<int> UnreadAsync(Climber who) => Club.CallAsync<NotificationCentre, int>(c => c.UnreadCountAsync(who.Principal, Ct));

    private async Task<NotificationPage> NewsAsync(Climber who)
    {
        var page = await Club.CallAsync<NotificationCentre, Outcome<NotificationPage>>(c => c.PageAsync(who.Principal, 0, 30, Ct));
        Assert.True(page.Succeeded, page.Message);
        return page.Value!;
    }

    /// <summary>The member's news, newest first, as "Kind subject (detail) -> link[, unread]".</summary>
    private static string[] Lines(NotificationPage page) =>
        page.Rows.Select(r => $"{r.Kind} {r.Subject} ({r.Detail}) -> {r.Link}{(r.IsUnread ? ", unread" : "")}").ToArray();
}

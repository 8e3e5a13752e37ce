using System.Net;
using ClimbClub.Core;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Sign-in posts are limited per IP address and per email address, check-in codes per member. A refused try says so
/// and writes nothing: no failed-sign-in count, no cookie, no attendance record. (Code requests on the sign-up form
/// have their own hourly limits, covered in SignUpCodeTests.)
/// </summary>
public sealed class RateLimitTests
{
    private const string TooManySignIns = "Too many sign-in attempts; wait a minute.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheEleventhSignInFromOneAddressInAMinuteIsRefusedEvenWithTheRightPassword()
    {
        await using var app = new ClimbClubApp().With("RateLimits:SignInsPerIpPerMinute", "10");
        await app.CreateMemberAsync("ada@limits.test");
        using var visitor = app.CreateVisitor();
        for (var i = 0; i < 10; i++)
        {
            using var tried = await visitor.SignInAsync($"guess-{i}@limits.test", "Wrong-pass-1!");
            Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        }

        using var refused = await visitor.SignInAsync("ada@limits.test", ClimbClubApp.MemberPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TooManySignIns, await refused.Content.ReadAsStringAsync(Ct));
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.False(refused.Headers.Contains("Set-Cookie") && refused.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("ClimbClub.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TriesAtOneEmailAreLimitedWhateverItsSpellingWhileOthersFromTheSameAddressStillSignIn()
    {
        await using var app = new ClimbClubApp().With("RateLimits:SignInsPerEmailPerMinute", "3");
        await app.CreateMemberAsync("bo@limits.test");
        await app.CreateMemberAsync("cy@limits.test");
        using var visitor = app.CreateVisitor();
        for (var i = 0; i < 3; i++)
        {
            using var tried = await visitor.SignInAsync("bo@limits.test", "Wrong-pass-1!");
            Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        }

        using var refused = await visitor.SignInAsync(" BO@Limits.test ", ClimbClubApp.MemberPassword);
        var otherMember = await app.SignInTargetAsync("cy@limits.test", ClimbClubApp.MemberPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TooManySignIns, await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(3, await app.WithDbAsync(db => db.Users.Where(u => u.Email == "bo@limits.test").Select(u => u.AccessFailedCount).SingleAsync(Ct)));
        Assert.Equal("/", otherMember);
    }

    [Fact]
    public async Task AMemberHammeringCheckInCodesIsToldToWaitAMinuteAndNothingIsRecorded()
    {
        await using var club = await AttendanceClub.StartAsync("2026-03-04 17:00");
        await club.AddSessionAsync(DayOfWeek.Wednesday, club.HomeGym, "19:00");
        var eva = await club.JoinAsync("Eva");
        var finn = await club.JoinAsync("Finn");
        club.MoveTo("2026-03-04 19:00");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(OutcomeKind.Invalid, (await club.CheckInAsync(eva, $"guess-{i}")).Kind);
        }

        var refused = await club.CheckInAsync(eva, await club.CodeAsync(club.HomeGym));
        var other = await club.CheckInAsync(finn, await club.CodeAsync(club.HomeGym));

        Assert.Equal((OutcomeKind.Conflict, "Too many check-in attempts; wait a minute."), (refused.Kind, refused.Message));
        Assert.True(other.Succeeded, other.Message);
        Assert.Equal(["Finn 2026-03-01 #1: Present by QrCode"], await club.RecordsAsync(eva, finn));

        club.MoveTo("2026-03-04 19:01");
        Assert.True((await club.CheckInAsync(eva, await club.CodeAsync(club.HomeGym))).Succeeded);
    }
}

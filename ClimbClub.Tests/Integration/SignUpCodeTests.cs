using System.Net;
using System.Text;
using ClimbClub.Core;
using ClimbClub.Core.SignUp;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.SignUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>The club on a hand-moved clock, with the per-network limit out of the way so each test's own limits show.</summary>
public sealed class ClubOnAManualClock : ClimbClubApp
{
    public ClubOnAManualClock()
    {
        WithManualClock();
        With("SignUp:MaxCodesPerIpPerHour", "1000");
    }

    public ManualClock Time => Clock!;
}

/// <summary>The emailed sign-up code: attempt limits, resend cooldown, expiry, rate limits and storage.</summary>
public sealed class SignUpCodeTests(ClubOnAManualClock app) : IClassFixture<ClubOnAManualClock>
{
    [Fact]
    public async Task EachWrongCodeSaysHowManyTriesAreLeftAndTheFifthKillsTheCode()
    {
        const string email = "guesser@uni.test";
        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(email);
        var code = (await app.Mail.WaitForAsync(email)).Code!;
        var wrong = WrongCode(code);

        foreach (var left in new[] { 4, 3, 2, 1 })
        {
            using var attempt = await visitor.EnterCodeAsync(wrong);
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
            Assert.Contains($"That code is not right. {left} tries left.", await attempt.TextAsync(), StringComparison.Ordinal);
        }

        using var fifth = await visitor.EnterCodeAsync(wrong);
        Assert.Contains("that was the last try", await fifth.TextAsync(), StringComparison.Ordinal);

        using var sixth = await visitor.EnterCodeAsync(code);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("Too many wrong codes: this code no longer works.", await sixth.TextAsync(), StringComparison.Ordinal);

        using var details = await visitor.GetAsync("/Account/Register/Details", TestContext.Current.CancellationToken);
        Assert.Equal("/Account/Register", details.RedirectTarget());
    }

    [Fact]
    public async Task ASecondCodeInsideSixtySecondsIsRefusedOnTheEmailFormWithTheSecondsToWait()
    {
        const string email = "eager@uni.test";
        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(email);
        app.Time.Advance(TimeSpan.FromSeconds(15));

        using var again = await visitor.AskForCodeAsync(email);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("We just sent you a code. You can ask for another one in 45 seconds.", await again.TextAsync(), StringComparison.Ordinal);
        Assert.Single(app.Mail.To(email));
        Assert.Equal(1, await app.WithDbAsync(db => db.EmailCodes.CountAsync(c => c.Email == email)));

        app.Time.Advance(TimeSpan.FromSeconds(46));
        using var afterTheWait = await visitor.AskForCodeAsync(email);
        Assert.Equal("/Account/Register/Verify", afterTheWait.RedirectTarget());
        Assert.Equal(2, app.Mail.To(email).Count);
    }

    [Fact]
    public async Task TheCodeMailCarriesTheCodeAndHowLongItWorks()
    {
        const string email = "reader@uni.test";
        using var visitor = app.CreateVisitor();

        await visitor.AskForCodeAsync(email);

        var mail = await app.Mail.WaitForAsync(email);
        Assert.Equal("Your ClimbClub sign-up code", mail.Subject);
        Assert.Matches(@"your code to join ClimbClub is:\s+\d{6}\s", mail.Body);
        Assert.Contains("It works for 10 minutes.", mail.Body, StringComparison.Ordinal);
        using var verified = await visitor.EnterCodeAsync(mail.Code!);
        Assert.Equal("/Account/Register/Details", verified.RedirectTarget());
    }

    [Fact]
    public async Task ANewCodeFromTheResendFormWaitsSixtySecondsAndThenOnlyTheNewestCodeWorks()
    {
        const string email = "resender@uni.test";
        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(email);
        var first = (await app.Mail.WaitForAsync(email)).Code!;
        var firstId = await app.WithDbAsync(db => db.EmailCodes.Where(c => c.Email == email).Select(c => c.Id).SingleAsync());

        using var tooSoon = await visitor.AskForNewCodeAsync();
        Assert.Equal(HttpStatusCode.OK, tooSoon.StatusCode);
        Assert.Contains("You can ask for another one in 60 seconds.", await tooSoon.TextAsync(), StringComparison.Ordinal);
        Assert.Single(app.Mail.To(email));

        app.Time.Advance(TimeSpan.FromSeconds(61));
        using var resent = await visitor.AskForNewCodeAsync();
        Assert.Equal("/Account/Register/Verify", resent.RedirectTarget());
        Assert.Contains("Only the newest code works.", Journeys.Text(await visitor.FollowAsync(resent)), StringComparison.Ordinal);
        var second = (await app.Mail.WaitForAsync(email, 2)).Code!;

        await using (var scope = app.Scope())
        {
            var oldCode = await scope.ServiceProvider.GetRequiredService<SignUpService>().VerifyCodeAsync(firstId, new CodeStep { Code = first }, TestContext.Current.CancellationToken);
            Assert.Equal(OutcomeKind.NotFound, oldCode.Kind);
            Assert.Equal("This code is no longer valid. Ask for a new one.", oldCode.Message);
        }

        using var withOld = await visitor.EnterCodeAsync(first);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Contains("That code is not right.", await withOld.TextAsync(), StringComparison.Ordinal);
        using var withNew = await visitor.EnterCodeAsync(second);
        Assert.Equal("/Account/Register/Details", withNew.RedirectTarget());
    }

    [Fact]
    public async Task ACodeWorksForTenMinutesAndNotASecondLonger()
    {
        const string email = "slow@uni.test";
        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(email);
        var code = (await app.Mail.WaitForAsync(email)).Code!;

        app.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        using var justInTime = await visitor.EnterCodeAsync(WrongCode(code));
        Assert.Contains("tries left", await justInTime.TextAsync(), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromSeconds(1));
        using var late = await visitor.EnterCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("This code has expired. Ask for a new one.", await late.TextAsync(), StringComparison.Ordinal);
        using var details = await visitor.GetAsync("/Account/Register/Details", TestContext.Current.CancellationToken);
        Assert.Equal("/Account/Register", details.RedirectTarget());
    }

    [Fact]
    public async Task AnAddressGetsAtMostFiveCodesAnHour()
    {
        const string email = "spammed@uni.test";
        using var visitor = app.CreateVisitor();
        for (var i = 1; i <= 5; i++)
        {
            using var asked = await visitor.AskForCodeAsync(email);
            Assert.Equal("/Account/Register/Verify", asked.RedirectTarget());
            app.Time.Advance(TimeSpan.FromSeconds(61));
        }

        using var sixth = await visitor.AskForCodeAsync(email);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("Too many codes were sent to this address in the last hour.", await sixth.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(5, app.Mail.To(email).Count);

        app.Time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(5 * 61) + TimeSpan.FromSeconds(1));
        using var nextHour = await visitor.AskForCodeAsync(email);
        Assert.Equal("/Account/Register/Verify", nextHour.RedirectTarget());
    }

    [Fact]
    public async Task OneNetworkGetsOnlyAsManyCodesAnHourAsConfigured()
    {
        await using var limited = new ClimbClubApp().WithManualClock().With("SignUp:MaxCodesPerIpPerHour", "3");
        using var visitor = limited.CreateVisitor();
        foreach (var email in new[] { "one@uni.test", "two@uni.test", "three@uni.test" })
        {
            using var asked = await visitor.AskForCodeAsync(email);
            Assert.Equal("/Account/Register/Verify", asked.RedirectTarget());
        }

        using var fourth = await visitor.AskForCodeAsync("four@uni.test");

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        Assert.Contains("Too many sign-up attempts from your network in the last hour.", await fourth.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(limited.Mail.To("four@uni.test"));
        limited.Clock!.Advance(TimeSpan.FromMinutes(61));
        using var later = await visitor.AskForCodeAsync("four@uni.test");
        Assert.Equal("/Account/Register/Verify", later.RedirectTarget());
    }

    [Fact]
    public async Task CodesAreStoredOnlyAsSaltedHashes()
    {
        const string email = "private@uni.test";
        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(email);
        var code = (await app.Mail.WaitForAsync(email)).Code!;

        var columns = await StoredCodeColumnsAsync(email);

        var texts = columns.Values.OfType<string>().ToList();
        var blobs = columns.Values.OfType<byte[]>().ToList();
        Assert.NotEmpty(texts);
        Assert.NotEmpty(blobs);
        Assert.All(texts, text => Assert.DoesNotContain(code, text, StringComparison.Ordinal));
        Assert.All(blobs, blob => Assert.Equal(-1, blob.AsSpan().IndexOf(Encoding.ASCII.GetBytes(code))));
        Assert.Equal(VerificationCode.Hash(code, (byte[])columns["Salt"]!), (byte[])columns["CodeHash"]!);
    }

    [Fact]
    public async Task AnAddressWithAnAccountIsToldSoByMailAndGetsNoCode()
    {
        const string email = "already@uni.test";
        await app.CreateMemberAsync(email);
        using var visitor = app.CreateVisitor();

        using var asked = await visitor.AskForCodeAsync(" Already@Uni.test ");

        Assert.Equal("/Account/Register/Verify", asked.RedirectTarget());
        var mail = await app.Mail.WaitForAsync(email);
        Assert.StartsWith("You already have a", mail.Subject, StringComparison.Ordinal);
        Assert.Null(mail.Code);
        Assert.Contains("http://localhost/Account/Login", mail.Links);
        Assert.Contains("http://localhost/Account/ForgotPassword", mail.Links);
    }

    [Fact]
    public async Task TheDetailsStepNeedsAVerifiedCode()
    {
        const string email = "shortcut@uni.test";
        using var stranger = app.CreateVisitor();
        using var straightThere = await stranger.GetAsync("/Account/Register/Details", TestContext.Current.CancellationToken);
        Assert.Equal("/Account/Register", straightThere.RedirectTarget());
        Assert.Contains("Please enter your email again.", Journeys.Text(await stranger.FollowAsync(straightThere)), StringComparison.Ordinal);

        using var visitor = app.CreateVisitor();
        await visitor.AskForCodeAsync(email);
        using var unverified = await visitor.GetAsync("/Account/Register/Details", TestContext.Current.CancellationToken);
        Assert.Equal("/Account/Register", unverified.RedirectTarget());

        var fields = await Journeys.DetailsFieldsAsync(app, "Input", "Shortcut Shin");
        fields["Input.Password"] = Journeys.NewPassword;
        fields["Input.ConfirmPassword"] = Journeys.NewPassword;
        using var posted = await visitor.PostWithoutThePageAsync("/Account/Register", "/Account/Register/Details", "sign-up-details", fields);

        Assert.Equal("/Account/Register", posted.RedirectTarget());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    private static string WrongCode(string code) => code == "000000" ? "111111" : "000000";

    /// <summary>The one stored row for the address, read with plain SQL: text and blob columns by name (the random id left out).</summary>
    private Task<Dictionary<string, object?>> StoredCodeColumnsAsync(string email) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"EmailCodes\" WHERE \"Email\" = @email";
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("@email", email);
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var columns = Enumerable.Range(0, reader.FieldCount)
            .Where(i => reader.GetName(i) != "Id")
            .ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i), StringComparer.Ordinal);
        Assert.False(await reader.ReadAsync());
        return columns;
    });
}

using System.Net;
using ClimbClub.Tests.Support;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Reset links are limited per address (a cooldown and an hourly count) and per IP address, so nobody can make the
/// app mail a member over and over. Requests for unknown addresses count the same, and a refusal reads the same
/// whether or not the address has an account.
/// </summary>
public sealed class PasswordResetLimitTests
{
    private const string EmailLimit = "Too many reset links were asked for this address in the last hour. Please try again later.";
    private const string IpLimit = "Too many password resets were asked for from your network in the last hour. Please try again later.";

    [Fact]
    public async Task RepeatedRequestsForOneAddressMailAtMostTheAllowedLinksAndTheRestSaySo()
    {
        const string email = "often@reset.test";
        await using var app = new ClimbClubApp().WithManualClock().With("PasswordReset:MaxRequestsPerEmailPerHour", "3");
        await app.CreateMemberAsync(email);
        var clock = app.Clock!;
        using var visitor = app.CreateVisitor();

        var first = await AskAsync(visitor, email);
        clock.Advance(TimeSpan.FromSeconds(10));
        var tooSoon = await AskAsync(visitor, email);
        var more = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(61));
            more.Add(await AskAsync(visitor, email));
        }

        Assert.Equal(Sent(email), first);
        Assert.Equal("A reset link was just asked for this address. You can ask again in 50 seconds.", tooSoon);
        Assert.Equal(new[] { Sent(email), Sent(email), EmailLimit }, more);
        Assert.Equal(3, app.Mail.To(email).Count);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Sent(email), await AskAsync(visitor, email));
        Assert.Equal(4, app.Mail.To(email).Count);
    }

    [Fact]
    public async Task OneIpAddressAskingForManyAddressesIsLimited()
    {
        await using var app = new ClimbClubApp().WithManualClock().With("PasswordReset:MaxRequestsPerIpPerHour", "3");
        foreach (var member in new[] { "ana@reset.test", "ben@reset.test", "cho@reset.test" })
        {
            await app.CreateMemberAsync(member);
        }

        using var visitor = app.CreateVisitor();
        Assert.Equal(Sent("ana@reset.test"), await AskAsync(visitor, "ana@reset.test"));
        Assert.Equal(Sent("nobody@reset.test"), await AskAsync(visitor, "nobody@reset.test"));
        Assert.Equal(Sent("ben@reset.test"), await AskAsync(visitor, "ben@reset.test"));

        Assert.Equal(IpLimit, await AskAsync(visitor, "cho@reset.test"));
        using var sameAddress = app.CreateVisitor();
        Assert.Equal(IpLimit, await AskAsync(sameAddress, "dan@reset.test"));

        Assert.Single(app.Mail.To("ana@reset.test"));
        Assert.Single(app.Mail.To("ben@reset.test"));
        Assert.Empty(app.Mail.To("cho@reset.test"));
        Assert.Equal(2, app.Mail.All().Count);
    }

    [Fact]
    public async Task AnUnknownAddressIsAnsweredLikeAKnownOneAndCountsTheSame()
    {
        const string known = "known@reset.test";
        const string unknown = "unknown@reset.test";
        await using var app = new ClimbClubApp().WithManualClock().With("PasswordReset:MaxRequestsPerEmailPerHour", "1");
        await app.CreateMemberAsync(known);
        using var visitor = app.CreateVisitor();

        var first = (Known: await AskAsync(visitor, known), Unknown: await AskAsync(visitor, unknown));
        app.Clock!.Advance(TimeSpan.FromSeconds(61));
        var second = (Known: await AskAsync(visitor, known), Unknown: await AskAsync(visitor, unknown));

        Assert.Equal(Sent(known), first.Known);
        Assert.Equal(Sent(unknown), first.Unknown);
        Assert.Equal((EmailLimit, EmailLimit), second);
        Assert.Single(app.Mail.All());
    }

    private static string Sent(string email) => $"If {email} belongs to an account, a reset link is on its way. It works for one hour.";

    /// <summary>Sends the forgot-password form and returns what the visitor reads next: the sign-in page's notice, or the form's error.</summary>
    private static async Task<string> AskAsync(HttpClient visitor, string email)
    {
        using var sent = await visitor.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var page = sent.StatusCode == HttpStatusCode.Redirect ? await visitor.FollowAsync(sent) : await sent.ReadPageAsync();
        return page.QuerySelector(".notice")?.TextContent ?? "";
    }
}

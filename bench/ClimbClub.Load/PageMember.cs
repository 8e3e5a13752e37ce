using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ClimbClub.Load;

/// <summary>One page a member opens, at the address it has for this member, and what its HTML must carry to count.</summary>
internal sealed record MemberPage(string Name, Func<PageMember, string> Address, Func<string, bool> Carries)
{
    public const string BoardRow = "board-row";

    /// <summary>
    /// The pages a member opens, in the order they are opened. This week's board may be empty (the club's history
    /// ends before this week); the all-time and generation boards hold every member.
    /// </summary>
    public static readonly IReadOnlyList<MemberPage> All =
    [
        new("this week's board", _ => "/leaderboard", html => Has(html, "board") || Has(html, "board-empty")),
        new("all-time board", _ => "/leaderboard?board=all-time", html => Has(html, BoardRow)),
        new("generation board", _ => "/leaderboard?board=generation", html => Has(html, BoardRow)),
        new("my page", _ => "/me", html => Has(html, "profile-card") && Has(html, "private-facts")),
        new("another's profile", member => "/members/" + member.AnotherMember(), html => Has(html, "profile-card") && !Has(html, "profile-is-me")),
    ];

    public static int Count(string html, string testId)
    {
        var marker = $"data-testid=\"{testId}\"";
        var count = 0;
        for (var at = html.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = html.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static bool Has(string html, string testId) => html.Contains($"data-testid=\"{testId}\"", StringComparison.Ordinal);
}

/// <summary>One page load: when it was sent (on the run's clock), how long until its last byte, and whether it was the page.</summary>
internal sealed record PageVisit(MemberPage Page, TimeSpan SentAt, double Milliseconds, bool Carried, int Bytes, int BoardRows, string? Failure);

/// <summary>
/// A member's HTTP client with a cookie jar of its own, as a browser without scripts: it signs in through the sign-in
/// form and then reads server-rendered pages, each in full.
/// </summary>
internal sealed partial class PageMember(string baseUrl, string email, string memberId, IReadOnlyList<string> club, int seed) : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly Random random = new(seed);

    /// <summary>Any member of the club but this one, for the public profile page.</summary>
    public string AnotherMember()
    {
        while (true)
        {
            var id = club[random.Next(club.Count)];
            if (id != memberId)
            {
                return id;
            }
        }
    }

    /// <summary>Fills in and posts the sign-in form with the antiforgery token it carries; throws unless the app signs the member in.</summary>
    public async Task SignInAsync(string password)
    {
        using var form = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var html = await form.Content.ReadAsStringAsync();
        if (form.StatusCode != HttpStatusCode.OK || TokenField().Match(html) is not { Success: true } token)
        {
            throw new InvalidOperationException($"The sign-in form for {email} did not come: {(int)form.StatusCode}.");
        }

        using var posted = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        var target = posted.Headers.Location?.OriginalString ?? "";
        if (posted.StatusCode != HttpStatusCode.Redirect || target.Contains("Account/", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{email} was not signed in: {(int)posted.StatusCode} {target}");
        }
    }

    /// <summary>Reads the page in full; its time runs from sending the request to the body's last byte.</summary>
    public async Task<PageVisit> VisitAsync(MemberPage page, Stopwatch clock)
    {
        var address = page.Address(this);
        var sentAt = clock.Elapsed;
        try
        {
            using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            var milliseconds = (clock.Elapsed - sentAt).TotalMilliseconds;
            var body = await response.Content.ReadAsByteArrayAsync();
            var html = Encoding.UTF8.GetString(body);
            var failure = response.StatusCode != HttpStatusCode.OK ? $"{address}: {(int)response.StatusCode} {response.Headers.Location}"
                : !page.Carries(html) ? $"{address}: 200 without the page's content"
                : null;
            return new PageVisit(page, sentAt, milliseconds, failure is null, body.Length, MemberPage.Count(html, MemberPage.BoardRow), failure);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new PageVisit(page, sentAt, (clock.Elapsed - sentAt).TotalMilliseconds, false, 0, 0, $"{address}: {e.Message}");
        }
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]+)""")]
    private static partial Regex TokenField();
}

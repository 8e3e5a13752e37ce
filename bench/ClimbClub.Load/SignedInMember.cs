using System.Net;
using System.Text.RegularExpressions;

namespace ClimbClub.Load;

/// <summary>
/// A member signed in through the app's own sign-in form, as a browser does it: the form's antiforgery token and
/// cookie first, then the post. Its cookies (and HTTP connections) are shared by every circuit opened as that member.
/// </summary>
internal sealed partial class SignedInMember : IDisposable
{
    private SignedInMember(string email, CookieContainer cookies, HttpClient http) => (Email, Cookies, Http) = (email, cookies, http);

    public string Email { get; }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    public static async Task<SignedInMember> SignInAsync(Uri baseUri, string email, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUri };
        try
        {
            var page = await http.GetStringAsync(new Uri("Account/Login", UriKind.Relative), cancellationToken);
            var fields = HiddenInput().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            fields["Input.Email"] = email;
            fields["Input.Password"] = password;
            using var form = new FormUrlEncodedContent(fields);
            using var answer = await http.PostAsync(new Uri("Account/Login", UriKind.Relative), form, cancellationToken);
            // A signed-in member is sent on to the app; a refusal shows the form again or sends to another account page.
            var next = answer.Headers.Location is { } location ? new Uri(baseUri, location) : null;
            if (answer.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
                || next is null || next.AbsolutePath.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Signing in as {email} failed: HTTP {(int)answer.StatusCode} to {next}.");
            }

            return new SignedInMember(email, cookies, http);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();
}

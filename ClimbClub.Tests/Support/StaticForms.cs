using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ClimbClub.Tests.Support;

/// <summary>
/// Fills in and posts the static (server-rendered) forms of the account pages like a browser without JavaScript:
/// it reads the page, keeps the hidden antiforgery and handler fields, and adds the given values.
/// </summary>
public static class StaticForms
{
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(path);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector("input[name=_handler]")?.GetAttribute("value") == formName)
            ?? throw new InvalidOperationException($"No form '{formName}' on {path}: {page.Title}");
        var data = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            data[name] = value;
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(data));
    }

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Where a redirect points, as a local path with query.</summary>
    public static string? RedirectTarget(this HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.OriginalString;

    /// <summary>Signs in through the real sign-in form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        await client.SubmitAsync("/Account/Login", "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
}

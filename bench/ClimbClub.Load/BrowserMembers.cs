using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;

namespace ClimbClub.Load;

/// <summary>A session a member's browser was told is saved: what the database must hold afterwards.</summary>
internal sealed record Acknowledged(string Email, DateOnly Day, TimeOnly Start, int Problems, DateTimeOffset At);

/// <summary>What the browsers do, as people do it: sign in, open the log form, fill it in, save, look at the board.</summary>
internal sealed class BrowserMembers(IBrowser browser, string baseUrl, Recorder recorder, Traffic traffic)
{
    public const string OpenForm = "open the log form";
    public const string Fill = "fill in the form";
    public const string Save = "save a session";
    public const string OpenBoard = "open the leaderboard";
    public const string SignIn = "sign in";

    private const string DayFormat = "yyyy-MM-dd";

    public ConcurrentBag<Acknowledged> Acknowledged { get; } = [];

    /// <summary>A TV at the gym: the screen opened with its kiosk link, no one signed in.</summary>
    public async Task<IPage> KioskAsync(string key)
    {
        var page = await NewPageAsync(new ViewportSize { Width = 1920, Height = 1080 });
        await page.GotoAsync("/screen?key=" + Uri.EscapeDataString(key));
        return page;
    }

    /// <summary>A phone with a member signed in.</summary>
    public async Task<IPage> SignedInAsync(string email, string password)
    {
        var page = await NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        var signedIn = await recorder.TimeAsync(SignIn, async () =>
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        });
        return signedIn ? page : throw new InvalidOperationException($"{email} could not sign in: {string.Join("; ", recorder.Reasons)}");
    }

    /// <summary>
    /// One member logs <paramref name="sessions"/> sessions one after the other (every third followed by a look at the
    /// leaderboard), each on its own hour of the days before today, with one to three colours picked at random.
    /// </summary>
    public async Task LogSessionsAsync(LoadMember member, IReadOnlyList<string> colours, int sessions, int seed)
    {
        var page = await SignedInAsync(member.Email, LoadClub.MemberPassword);
        var random = new Random(seed);
        DateOnly? today = null;
        for (var k = 0; k < sessions; k++)
        {
            if (!await recorder.TimeAsync(OpenForm, async () =>
            {
                await page.GotoAsync("/log/new");
                await LiveAsync(page);
            }))
            {
                continue;
            }

            today ??= DateOnly.ParseExact(await page.GetByLabel("Day").InputValueAsync(), DayFormat, CultureInfo.InvariantCulture);
            var day = today.Value.AddDays(-1 - (k / 20));
            var start = new TimeOnly(1 + (k % 20), 0);
            var picked = colours.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(c => (Colour: c, Count: random.Next(1, 9))).ToList();
            var filled = await recorder.TimeAsync(Fill, async () =>
            {
                await page.GetByLabel("Day").FillAsync(day.ToString(DayFormat, CultureInfo.InvariantCulture));
                await page.GetByLabel("Start").FillAsync(start.ToString("HH:mm", CultureInfo.InvariantCulture));
                await page.GetByLabel("End").FillAsync(start.AddMinutes(45).ToString("HH:mm", CultureInfo.InvariantCulture));
                foreach (var (colour, count) in picked)
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = $"Add {colour}", Exact = true }).ClickAsync();
                    await page.GetByLabel($"{colour} problems solved").FillAsync(count.ToString(CultureInfo.InvariantCulture));
                }
            });
            var saved = filled && await recorder.TimeAsync(Save, async () =>
            {
                await page.GetByTestId("save-session").ClickAsync();
                await page.GetByText($"Your session of {day.ToString(DayFormat, CultureInfo.InvariantCulture)} is saved.").WaitForAsync();
            });
            if (saved)
            {
                Acknowledged.Add(new Acknowledged(member.Email, day, start, picked.Sum(p => p.Count), DateTimeOffset.UtcNow));
            }

            if (k % 3 == 2)
            {
                await recorder.TimeAsync(OpenBoard, async () =>
                {
                    await page.GotoAsync("/leaderboard");
                    await LiveAsync(page);
                    await page.GetByTestId("board").First.WaitForAsync();
                });
            }
        }

        await page.Context.CloseAsync();
    }

    /// <summary>A page in a browser profile of its own (its own cookies and circuits), its traffic counted.</summary>
    private async Task<IPage> NewPageAsync(ViewportSize size)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = size });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        traffic.Watch(page);
        return page;
    }

    /// <summary>Waits until the page's circuit is connected (prerendered HTML is not yet live).</summary>
    public static Task LiveAsync(IPage page) =>
        page.Locator("html[data-circuit=open]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}

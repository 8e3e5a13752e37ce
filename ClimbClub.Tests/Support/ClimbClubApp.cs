using System.Security.Claims;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClimbClub.Tests.Support;

/// <summary>
/// The real app, in process, on its own database (a SQLite file, or see <see cref="TestDatabase"/>) and mail folder
/// under a fresh temporary folder.
/// Optionally on real Kestrel (for the browser) and on a hand-moved clock.
/// </summary>
public class ClimbClubApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@club.test";
    public const string AdminPassword = "Admin-pass-1!";
    public const string MemberPassword = "Climb-pass-1!";

    // Tests sign in many times a minute from one address; the rate-limit tests set the limits they check.
    private readonly Dictionary<string, string> settings = new(StringComparer.Ordinal)
    {
        ["RateLimits:SignInsPerIpPerMinute"] = "1000",
        ["RateLimits:SignInsPerEmailPerMinute"] = "1000",
    };
    private string? serverAddress;

    /// <summary>
    /// The data folder: a fresh temporary one unless set, e.g. to an earlier instance's folder to act as a restart
    /// (same database, mail folder and keys).
    /// </summary>
    public string Root { get; init; } = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Leaves the data folder in place on dispose, so another instance can start on it.</summary>
    public bool KeepData { get; init; }

    public ManualClock? Clock { get; private set; }

    public MailFolder Mail => new(Path.Combine(Root, "mail"));

    /// <summary>What the app logged, at the levels its settings ask for.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Sets a configuration value before the app starts, as appsettings.json or an environment variable would.</summary>
    public ClimbClubApp With(string key, string value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Runs the app on a clock that only moves when the test says so (and, if running, with real time too).</summary>
    public ClimbClubApp WithManualClock(DateTimeOffset? start = null, bool running = false)
    {
        Clock = new ManualClock(start ?? DateTimeOffset.UtcNow, running);
        return this;
    }

    /// <summary>Starts real Kestrel on loopback (a free port unless one is given) and returns its address (for the browser).</summary>
    public string StartKestrel(int port = 0)
    {
        if (serverAddress is null)
        {
            UseKestrel(port);
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            serverAddress = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        }

        return serverAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Root);
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", Root);
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        foreach (var (key, value) in TestDatabase.SettingsFor(Root).Concat(settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            // Open browser connections would otherwise hold every stop for the default 30 s.
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    /// <summary>An HTTP client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateVisitor() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<ClimbClubDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClimbClubDbContext>();
        return await query(db);
    }

    public Task<string> AdminIdAsync() => WithDbAsync(db => db.Users.Where(u => u.Email == AdminEmail).Select(u => u.Id).SingleAsync());

    /// <summary>Creates an account directly, as if it had signed up (and, by default, been approved).</summary>
    public async Task<string> CreateMemberAsync(
        string email,
        ClubRole role = ClubRole.Member,
        ApprovalStatus status = ApprovalStatus.Approved,
        string? displayName = null,
        string password = MemberPassword)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClimbClubDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClubMember>>();
        var member = new ClubMember
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName ?? email.Split('@')[0],
            GenerationId = await db.Generations.OrderByDescending(g => g.Number).Select(g => g.Id).FirstAsync(),
            HomeGymId = await db.Gyms.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            LevelColourId = await db.Colours.OrderBy(c => c.Level).Select(c => c.Id).FirstAsync(),
            ApprovalStatus = status,
            SignedUpAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(member, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(member, role.Name());
        return member.Id;
    }

    /// <summary>The identity a circuit would pass to a service for this member.</summary>
    public static ClaimsPrincipal PrincipalOf(string memberId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, memberId)], "Test"));

    /// <summary>A scope for calling the app's services the way a page does.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepData)
        {
            SqliteConnection.ClearAllPools();
            TestDatabase.Drop(Root);
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background task; the OS temp cleaner takes it.
            }
        }
    }
}

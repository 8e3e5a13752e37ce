using System.Text.RegularExpressions;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web;
using ClimbClub.Web.Features.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace ClimbClub.Tests.Integration;

/// <summary>What a newcomer gets on the first run: a migrated, seeded database, an admin, and (on request) a demo club.</summary>
public sealed partial class SetupTests
{
    [Fact]
    public async Task TheMigrationsMatchTheModel()
    {
        using var app = new ClimbClubApp();

        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task OnPostgreSqlWithoutAConnectionStringTheAppStopsAtStartUpNamingTheSetting()
    {
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = await AppProcess.RunAsync(root, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__ClimbClub"] = "",
            });

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Database:Provider is Postgres but ConnectionStrings:ClimbClub is empty", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task AnEmptyDatabaseIsSeededWithGenerationsGymsAndTheTenColourScale()
    {
        using var app = new ClimbClubApp();

        var colours = await app.WithDbAsync(db => db.Colours.OrderBy(c => c.Level).Select(c => c.Name).ToListAsync());
        Assert.Equal(["White", "Yellow", "Orange", "Green", "Blue", "Red", "Purple", "Grey", "Brown", "Black"], colours);
        Assert.Equal(3, await app.WithDbAsync(db => db.Generations.CountAsync()));
        Assert.True(await app.WithDbAsync(db => db.Gyms.CountAsync(g => g.IsActive)) >= 1);
    }

    [Fact]
    public async Task TheDemoSwitchSeedsApprovedMembersAndWaitingSignUpsOnce()
    {
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        await using (var first = new ClimbClubApp { Root = root, KeepData = true }.With("Demo:Enabled", "true"))
        {
            Assert.Equal(40, await first.WithDbAsync(db => db.Users.CountAsync(u => u.IsDemo && u.ApprovalStatus == ApprovalStatus.Approved)));
            Assert.Equal(4, await first.WithDbAsync(db => db.Users.CountAsync(u => u.IsDemo && u.ApprovalStatus == ApprovalStatus.Pending)));
            Assert.True(await first.WithDbAsync(db => db.Users.Where(u => u.IsDemo).AllAsync(u => u.PasswordHash == null)));
            Assert.Equal(2, await first.WithDbAsync(db => db.RegularSessions.CountAsync()));
            var alternatesPerMember = await first.WithDbAsync(db => db.AttendanceRecords.GroupBy(r => r.MemberId).Select(g => g.Count(r => r.IsAlternate)).ToListAsync());
            Assert.All(alternatesPerMember, count => Assert.InRange(count, 0, AttendanceRules.AlternatesPerGeneration));
        }

        await using var again = new ClimbClubApp { Root = root }.With("Demo:Enabled", "true");
        Assert.Equal(44, await again.WithDbAsync(db => db.Users.CountAsync(u => u.IsDemo)));
    }

    [Theory]
    [InlineData("--demo")]
    [InlineData("--Demo")]
    public void TheDemoCommandLineSwitchTurnsOnTheDemoClubAndLeavesTheNextArgumentAlone(string demoSwitch)
    {
        var configuration = CommandLine([demoSwitch, "--urls", "http://127.0.0.1:5099"]);

        Assert.True(configuration.GetSection(DemoOptions.Section).Get<DemoOptions>()?.Enabled);
        Assert.Equal("http://127.0.0.1:5099", configuration["urls"]);
    }

    [Fact]
    public void WithoutTheSwitchThereIsNoDemoClubAndOtherArgumentsPassUnchanged()
    {
        string[] args = ["--urls", "http://127.0.0.1:5099", "--Demo:Members=12"];

        Assert.Equal(args, Extensions.ExpandSwitches(args));
        Assert.False(CommandLine(args).GetSection(DemoOptions.Section).Get<DemoOptions>()?.Enabled);
    }

    [Fact]
    public async Task WithNoAdminConfiguredTheFirstRunPrintsAGeneratedAdminOnceAndItCanSignIn()
    {
        var data = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var firstRun = await RunAppUntilListeningAsync(data);
            var email = EmailLine().Match(firstRun).Groups["value"].Value;
            var password = PasswordLine().Match(firstRun).Groups["value"].Value;
            Assert.Equal("admin@climbclub.local", email);
            Assert.NotEmpty(password);

            var secondRun = await RunAppUntilListeningAsync(data);
            Assert.DoesNotContain("password:", secondRun, StringComparison.Ordinal);

            using var app = new ClimbClubApp { Root = data, KeepData = true };
            using var visitor = app.CreateVisitor();
            var signedIn = await visitor.SignInAsync(email, password);
            Assert.Equal("/", signedIn.RedirectTarget());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The settings the app reads from this command line, after its switches are expanded as Program.cs does.</summary>
    private static IConfigurationRoot CommandLine(string[] args) =>
        new ConfigurationBuilder().AddCommandLine(Extensions.ExpandSwitches(args)).Build();

    /// <summary>Starts the built app as its own process (as a deployment runs it) and returns what it printed until it listened.</summary>
    private static async Task<string> RunAppUntilListeningAsync(string dataFolder)
    {
        using var app = AppProcess.Start(dataFolder, new Dictionary<string, string>(StringComparer.Ordinal));
        await app.AddressAsync();
        return app.Output;
    }

    [GeneratedRegex(@"email:\s+(?<value>\S+)")]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"password:\s+(?<value>\S+)")]
    private static partial Regex PasswordLine();
}

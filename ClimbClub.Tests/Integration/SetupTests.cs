using System.Text.RegularExpressions;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

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

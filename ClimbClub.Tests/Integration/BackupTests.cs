using ClimbClub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// `--backup` while the app runs and `--restore` once it is stopped, run as an operator would: the app's own command
/// line, as a separate process, on the app's data folder.
/// </summary>
public sealed class BackupTests
{
    [Fact]
    public async Task ABackupTakenWhileTheAppRunsRestoresTheDataAsItWasThen()
    {
        TestDatabase.SkipOnPostgres("its online backup");
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        var backup = root + ".backup.db";
        try
        {
            string atBackup;
            await using (var app = new ClimbClubApp { Root = root, KeepData = true }.With("Rankings:RefreshInterval", "01:00:00"))
            {
                await Durability.WaitForTheStartUpRunAsync(app);
                var ana = await app.CreateMemberAsync("ana@club.test");
                await Durability.LogAsync(app, ana, await Durability.SessionAtAsync(app, 0, 3));
                atBackup = await SnapshotAsync(app);

                var (backedUp, backupOutput) = await AppProcess.RunAsync(root, "--backup", backup);
                Assert.True(backedUp == 0, backupOutput);

                await Durability.LogAsync(app, ana, await Durability.SessionAtAsync(app, 2, 4));
                await app.CreateMemberAsync("ben@club.test");
                Assert.NotEqual(atBackup, await SnapshotAsync(app));

                var (refused, refusal) = await AppProcess.RunAsync(root, "--restore", backup);
                Assert.Equal(1, refused);
                Assert.Contains("Stop it, then restore", refusal, StringComparison.Ordinal);
            }

            SqliteConnection.ClearAllPools();
            var (restored, restoreOutput) = await AppProcess.RunAsync(root, "--restore", backup);
            Assert.True(restored == 0, restoreOutput);

            Assert.Equal("ok", DatabaseFile.IntegrityOf(root));
            await using var again = new ClimbClubApp { Root = root }.With("Rankings:RefreshInterval", "01:00:00");
            Assert.Equal(atBackup, await SnapshotAsync(again));
        }
        finally
        {
            File.Delete(backup);
        }
    }

    [Theory]
    [InlineData("--backup")]
    [InlineData("--restore")]
    public async Task OnPostgreSqlTheCommandsPointToTheServersOwnToolsAndTouchNothing(string command)
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "The app runs on SQLite here.");
        var root = Path.Combine(Path.GetTempPath(), "climbclub-tests", Guid.NewGuid().ToString("N"));
        var file = root + ".backup.db";
        try
        {
            var (exitCode, output) = await AppProcess.RunAsync(root, command, file);

            Assert.Equal(2, exitCode);
            Assert.Contains("pg_dump and pg_restore", output, StringComparison.Ordinal);
            Assert.False(File.Exists(file));
        }
        finally
        {
            TestDatabase.Drop(root);
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Members and sessions with their lines: what a restore must bring back. (Not the boards: they derive from the
    /// sessions, and the ranking job recomputes them when the restored app starts.)
    /// </summary>
    private static Task<string> SnapshotAsync(ClimbClubApp app) =>
        app.WithDbAsync(async db =>
        {
            var members = await db.Users.OrderBy(u => u.Id).Select(u => u.Id + " " + u.Email).ToListAsync(TestContext.Current.CancellationToken);
            var sessions = await db.Sessions.OrderBy(s => s.Id).Select(s => s.Id + " " + s.MemberId + " " + s.Lines.Sum(l => l.Count)).ToListAsync(TestContext.Current.CancellationToken);
            return string.Join('\n', [.. members, .. sessions]);
        });
}

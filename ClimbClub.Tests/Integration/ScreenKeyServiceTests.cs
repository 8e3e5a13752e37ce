using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClimbClub.Core;
using ClimbClub.Core.Screen;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Screen;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>Kiosk links for the gym screen: only an active admin manages them, and the key itself is never stored.</summary>
public sealed class ScreenKeyServiceTests(ClubOfEveryone club) : IClassFixture<ClubOfEveryone>
{
    public static TheoryData<string, string> CallsByOutsiders
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var caller in Caller.NotAllowedToAdminister)
            {
                foreach (var operation in new[] { "list the links", "create a link", "revoke a link" })
                {
                    data.Add(caller, operation);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CallsByOutsiders))]
    public async Task OnlyAnActiveAdminManagesScreenLinksAndARefusedCallWritesNothing(string caller, string operation)
    {
        await using var scope = club.Scope();
        var keys = scope.ServiceProvider.GetRequiredService<ScreenKeyService>();
        var ct = TestContext.Current.CancellationToken;
        var admin = club.Principal(Caller.Admin);
        Assert.True((await keys.CreateAsync(admin, new ScreenKeyInput { Name = $"TV {Guid.NewGuid():N}"[..20] }, ct)).Succeeded);
        var target = (await keys.ListAsync(admin, ct)).Value!.First(k => k.RevokedAt is null);
        var before = await SnapshotAsync();
        var who = club.Principal(caller);

        var kind = operation switch
        {
            "list the links" => (await keys.ListAsync(who, ct)).Kind,
            "create a link" => (await keys.CreateAsync(who, new ScreenKeyInput { Name = "Tampered TV" }, ct)).Kind,
            _ => (await keys.RevokeAsync(who, target.Id, ct)).Kind,
        };

        Assert.Equal(OutcomeKind.Denied, kind);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task TheKeyIsShownOnceAndOnlyItsHashIsStored()
    {
        await using var scope = club.Scope();
        var keys = scope.ServiceProvider.GetRequiredService<ScreenKeyService>();
        var screen = scope.ServiceProvider.GetRequiredService<ScreenService>();
        var ct = TestContext.Current.CancellationToken;

        var key = (await keys.CreateAsync(club.Principal(Caller.Admin), new ScreenKeyInput { Name = "  Lobby TV  " }, ct)).Value!;

        var stored = await club.WithDbAsync(db => db.ScreenKeys.AsNoTracking().SingleAsync(k => k.Name == "Lobby TV", ct));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), stored.KeyHash);
        Assert.True(key.Length >= 40, key);
        Assert.True(await DatabaseHoldsAsync(stored.Name), "The search does not see what the database holds.");
        Assert.False(await DatabaseHoldsAsync(key), "The raw key is in the database files.");
        Assert.True(await screen.CanWatchAsync(new ScreenViewer(new(), key), ct));
    }

    [Fact]
    public async Task ARevokedKeyStopsWorkingAndRevokingAgainChangesNothing()
    {
        await using var scope = club.Scope();
        var keys = scope.ServiceProvider.GetRequiredService<ScreenKeyService>();
        var screen = scope.ServiceProvider.GetRequiredService<ScreenService>();
        var admin = club.Principal(Caller.Admin);
        var ct = TestContext.Current.CancellationToken;
        var key = (await keys.CreateAsync(admin, new ScreenKeyInput { Name = "Gym B TV" }, ct)).Value!;
        var id = (await keys.ListAsync(admin, ct)).Value!.Single(k => k.Name == "Gym B TV").Id;

        Assert.True((await keys.RevokeAsync(admin, id, ct)).Succeeded);
        var revoked = await SnapshotAsync();
        Assert.True((await keys.RevokeAsync(admin, id, ct)).Succeeded);

        Assert.False(await screen.CanWatchAsync(new ScreenViewer(new(), key), ct));
        Assert.NotNull((await keys.ListAsync(admin, ct)).Value!.Single(k => k.Id == id).RevokedAt);
        Assert.Equal(revoked, await SnapshotAsync());
    }

    /// <summary>Every stored screen link and the size of the audit log, as text.</summary>
    private Task<string> SnapshotAsync() => club.WithDbAsync(async db =>
    {
        var links = (await db.ScreenKeys.AsNoTracking().ToListAsync())
            .OrderBy(k => k.Id)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Id} {k.Name} {Convert.ToHexString(k.KeyHash)} {k.CreatedById} {k.RevokedAt:O} {k.LastSeenAt:O}"));
        return string.Join('\n', [.. links, $"audit {await db.AuditEntries.CountAsync()}"]);
    });

    /// <summary>
    /// Looks for a text where any stored value would be: in the SQLite file and its write-ahead log, byte for byte;
    /// on PostgreSQL in every stored value, as text or as bytes.
    /// </summary>
    private async Task<bool> DatabaseHoldsAsync(string text)
    {
        if (TestDatabase.IsPostgres)
        {
            return await club.WithDbAsync(async db =>
            {
                var connection = db.Database.GetDbConnection();
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                return (await TestDatabase.StoredValuesAsync(connection, TestContext.Current.CancellationToken)).Any(v => v.Value switch
                {
                    string stored => stored.Contains(text, StringComparison.Ordinal),
                    byte[] bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0,
                    _ => false,
                });
            });
        }

        var file = new SqliteConnectionStringBuilder(await club.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!))).DataSource;
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes, TestContext.Current.CancellationToken);
            if (bytes.ToArray().AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

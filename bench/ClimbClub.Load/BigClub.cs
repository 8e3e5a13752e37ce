using System.Diagnostics;
using System.Globalization;
using ClimbClub.Bench;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace ClimbClub.Load;

/// <summary>
/// A synthetic club with a year of history, as the ranking benchmark makes it (bench/.data/club-N-52w: members
/// climber1@bench.test … climberN@bench.test, about two sessions a week each), copied into a data folder of its own
/// for a published app to run on. The first members get a password so that clients can sign in as them.
/// </summary>
internal static class BigClub
{
    public const string MemberPassword = "Bench-member-1!";

    public static string Email(int number) => string.Create(CultureInfo.InvariantCulture, $"climber{number}@bench.test");

    /// <summary>
    /// Makes the club unless the benchmark tool has it cached and current, then copies it into
    /// <paramref name="dataFolder"/> and gives members 1 to <paramref name="signingIn"/> <see cref="MemberPassword"/>.
    /// </summary>
    public static async Task CopyAsync(int members, int signingIn, string dataFolder, TextWriter log)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(signingIn, members);
        await MakeAsync(members, log);
        var source = Path.Combine(Repository.Root, "bench", ".data", string.Create(CultureInfo.InvariantCulture, $"club-{members}-52w"));
        Directory.CreateDirectory(dataFolder);
        CopyFolder(Path.Combine(source, "keys"), Path.Combine(dataFolder, "keys"));

        var database = Path.Combine(dataFolder, "climbclub.db");
        await using (var from = new SqliteConnection($"Data Source={Path.Combine(source, "climbclub.db")};Mode=ReadOnly;Pooling=False"))
        await using (var to = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
            await GivePasswordsAsync(to, signingIn);
        }

        log.WriteLine($"Copied the {members:N0}-member club into {dataFolder}; members 1 to {signingIn:N0} can sign in.");
    }

    private static async Task MakeAsync(int members, TextWriter log)
    {
        var project = Path.Combine(Repository.Root, "bench", "ClimbClub.Benchmarks");
        var sizes = members.ToString(CultureInfo.InvariantCulture);
        using var make = Process.Start(new ProcessStartInfo(
            "dotnet", ["run", "-c", "Release", "--project", project, "--", "clubs", "--sizes", sizes, "--weeks", "52"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var printed = make.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await make.StandardOutput.ReadLineAsync()) is not null)
        {
            log.WriteLine("  " + line);
        }

        await make.WaitForExitAsync();
        if (make.ExitCode != 0)
        {
            throw new InvalidOperationException($"Making the {members}-member club failed:\n{await printed}");
        }
    }

    /// <summary>One hash for all: the same password, hashed once, instead of a key derivation per member.</summary>
    private static async Task GivePasswordsAsync(SqliteConnection connection, int signingIn)
    {
        var hash = new PasswordHasher<ClubMember>().HashPassword(new ClubMember(), MemberPassword);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """UPDATE "AspNetUsers" SET "PasswordHash" = $hash WHERE "NormalizedEmail" = $email""";
        update.Parameters.AddWithValue("$hash", hash);
        var email = update.Parameters.Add("$email", SqliteType.Text);
        for (var number = 1; number <= signingIn; number++)
        {
            email.Value = Email(number).ToUpperInvariant();
            if (await update.ExecuteNonQueryAsync() != 1)
            {
                throw new InvalidOperationException($"The club has no member {Email(number)}.");
            }
        }

        await transaction.CommitAsync();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

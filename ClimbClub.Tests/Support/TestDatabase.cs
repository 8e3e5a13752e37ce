using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace ClimbClub.Tests.Support;

/// <summary>
/// Which database the tests run the app on. SQLite (a file in each app's data folder) unless the environment names a
/// PostgreSQL server in <see cref="ServerVariable"/>: then each data folder gets its own database on that server,
/// named after the folder, so a restart on the same folder finds the same data.
/// </summary>
internal static class TestDatabase
{
    /// <summary>A connection string to a PostgreSQL server, without a database (e.g. Host=127.0.0.1;Port=5433;Username=postgres).</summary>
    public const string ServerVariable = "CLIMBCLUB_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>The app's settings that put a data folder's database on the test server; none on SQLite.</summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(string dataFolder) => Server is { } server
        ? new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:ClimbClub"] = ConnectionStringFor(server, dataFolder),
        }
        : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The connection string of a data folder's database on the test server, for another instance to share it.</summary>
    public static string ConnectionStringOf(string dataFolder) =>
        ConnectionStringFor(Server ?? throw new InvalidOperationException($"{ServerVariable} names no PostgreSQL server."), dataFolder);

    /// <summary>Drops the data folder's database, with any connection still open to it; nothing on SQLite.</summary>
    public static void Drop(string dataFolder)
    {
        if (Server is not { } server)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{NameFor(dataFolder)}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    private static string ConnectionStringFor(string server, string dataFolder) =>
        new NpgsqlConnectionStringBuilder(server) { Database = NameFor(dataFolder) }.ToString();

    private static string NameFor(string dataFolder) =>
        "climbclub_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataFolder))))[..24];
}

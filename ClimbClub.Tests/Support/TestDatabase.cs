using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    private static readonly Lock Creating = new();
    private static string? template;

    /// <summary>
    /// The app's settings that put a data folder's database on the test server; none on SQLite. The database is made
    /// here, if it is not there yet, as a copy of one already migrated: the app then starts on a migrated, empty
    /// database instead of migrating a new one for each of the suite's hundreds of apps.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(string dataFolder)
    {
        if (Server is not { } server)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        lock (Creating)
        {
            using var connection = OpenServer(server);
            template ??= MigratedTemplate(server, connection);
            if (!Exists(connection, NameFor(dataFolder)))
            {
                Run(connection, $"CREATE DATABASE \"{NameFor(dataFolder)}\" TEMPLATE \"{template}\"");
            }
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:ClimbClub"] = ConnectionStringFor(server, dataFolder),
        };
    }

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
        using var connection = OpenServer(server);
        Run(connection, $"DROP DATABASE IF EXISTS \"{NameFor(dataFolder)}\" WITH (FORCE)");
    }

    /// <summary>Skips a test that is about SQLite itself (its file, its plans, its pragmas) when the app runs on PostgreSQL.</summary>
    public static void SkipOnPostgres(string about) => Assert.SkipWhen(IsPostgres, $"About SQLite: {about}.");

    /// <summary>The names of the app's tables, read from the database's own catalogue.</summary>
    public static async Task<List<string>> TablesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var list = connection.CreateCommand();
        list.CommandText = connection is NpgsqlConnection
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Every value stored in every table, as "table.column" and the value (strings and byte arrays among them).</summary>
    public static async Task<List<(string Column, object Value)>> StoredValuesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var values = new List<(string, object)>();
        foreach (var table in await TablesAsync(connection, cancellationToken))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    if (!rows.IsDBNull(i))
                    {
                        values.Add(($"{table}.{rows.GetName(i)}", rows.GetValue(i)));
                    }
                }
            }
        }

        return values;
    }

    /// <summary>
    /// A database with every PostgreSQL migration applied and nothing else, named after the last migration so a
    /// suite with a new migration makes a new one.
    /// </summary>
    private static string MigratedTemplate(string server, NpgsqlConnection connection)
    {
        var last = typeof(PostgresClimbClubDbContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PostgresClimbClubDbContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Max(StringComparer.Ordinal)!;
        var name = $"climbclub_template_{last.ToLowerInvariant()}";
        if (Exists(connection, name))
        {
            return name;
        }

        var building = name + "_building";
        Run(connection, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        // Outside the app the model lacks its Identity settings, so EF's model check is left to the app, which makes
        // it again on every start; what the template needs is only the migrations' own statements.
        var options = new DbContextOptionsBuilder<PostgresClimbClubDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(server) { Database = building, Pooling = false }.ToString())
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        using (var db = new PostgresClimbClubDbContext(options))
        {
            db.Database.Migrate();
        }

        Run(connection, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        return name;
    }

    private static NpgsqlConnection OpenServer(string server)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static bool Exists(NpgsqlConnection connection, string database)
    {
        using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return command.ExecuteScalar() is not null;
    }

    private static void Run(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string ConnectionStringFor(string server, string dataFolder) =>
        new NpgsqlConnectionStringBuilder(server) { Database = NameFor(dataFolder) }.ToString();

    private static string NameFor(string dataFolder) =>
        "climbclub_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataFolder))))[..24];
}

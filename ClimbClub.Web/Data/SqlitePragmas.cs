using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClimbClub.Web.Data;

/// <summary>
/// SQLite's per-connection settings, run on every connection EF opens: a writer waits up to five seconds for another
/// writer's lock instead of failing, foreign keys hold, and NORMAL sync, which with WAL loses no commit when the
/// process dies (only a power cut can cost the last ones). WAL itself belongs to the file and is set once at start-up.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string WriteAheadLog = "PRAGMA journal_mode = WAL;";

    private const string PerConnection = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        command.ExecuteNonQuery();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

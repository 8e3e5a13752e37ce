using ClimbClub.Web.Data;
using Microsoft.Data.Sqlite;

namespace ClimbClub.Web.Features.Setup;

/// <summary>
/// `--backup &lt;file&gt;` and `--restore &lt;file&gt;`, run instead of the app. Both use SQLite's online backup, which copies
/// a consistent snapshot page by page: a backup may run while the app writes; a restore goes through SQLite too, so
/// a write-ahead log left by a crash is settled first instead of being replayed over the restored pages.
/// </summary>
internal static class DatabaseCommands
{
    private const string Backup = "--backup";
    private const string Restore = "--restore";

    /// <summary>The exit code of the command in <paramref name="args"/>, or null when there is none and the app should run.</summary>
    public static int? Run(string[] args, StoragePaths paths, TextWriter output)
    {
        var at = Array.FindIndex(args, a => a is Backup or Restore);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= args.Length || string.IsNullOrWhiteSpace(args[at + 1]))
        {
            output.WriteLine($"Usage: {Backup} <file> | {Restore} <file>");
            return 2;
        }

        if (paths.Provider != DatabaseProvider.Sqlite)
        {
            output.WriteLine($"{args[at]} copies the SQLite database; on PostgreSQL use the server's own tools (pg_dump and pg_restore).");
            return 2;
        }

        var file = Path.GetFullPath(args[at + 1]);
        return args[at] == Backup ? BackUp(paths, file, output) : RestoreFrom(paths, file, output);
    }

    private static int BackUp(StoragePaths paths, string file, TextWriter output)
    {
        using var database = Open(paths.ConnectionString, SqliteOpenMode.ReadWrite);
        var partial = file + ".partial";
        File.Delete(partial);
        using (var copy = Open($"Data Source={partial}", SqliteOpenMode.ReadWriteCreate))
        {
            database.BackupDatabase(copy);
            if (IntegrityOf(copy) is not "ok" and var problem)
            {
                output.WriteLine($"The copy failed its integrity check ({problem}); nothing was written to {file}.");
                return 1;
            }
        }

        // Only a finished, checked copy takes the name, so a backup cut short never looks like a good one.
        File.Move(partial, file, overwrite: true);
        output.WriteLine($"Backed up {database.DataSource} to {file}.");
        return 0;
    }

    private static int RestoreFrom(StoragePaths paths, string file, TextWriter output)
    {
        if (!File.Exists(file))
        {
            output.WriteLine($"There is no backup at {file}.");
            return 1;
        }

        using var alone = DataFolderLock.TryTakeAlone(paths);
        if (alone is null)
        {
            output.WriteLine($"The app is running on {paths.DataFolder}. Stop it, then restore.");
            return 1;
        }

        using var backup = Open($"Data Source={file}", SqliteOpenMode.ReadOnly);
        if (IntegrityOf(backup) is not "ok" and var problem)
        {
            output.WriteLine($"{file} failed its integrity check ({problem}); the database was left as it was.");
            return 1;
        }

        using var database = Open(paths.ConnectionString, SqliteOpenMode.ReadWriteCreate);
        backup.BackupDatabase(database);
        output.WriteLine($"Restored {database.DataSource} from {file}.");
        return 0;
    }

    private static SqliteConnection Open(string connectionString, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false }.ToString());
        connection.Open();
        SqlitePragmas.Apply(connection);
        return connection;
    }

    private static string IntegrityOf(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }
}

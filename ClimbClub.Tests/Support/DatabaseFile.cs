using Microsoft.Data.Sqlite;

namespace ClimbClub.Tests.Support;

/// <summary>The app's SQLite file opened directly, as an operator with the sqlite3 shell would, outside any app.</summary>
internal static class DatabaseFile
{
    public static string In(string dataFolder) => Path.Combine(dataFolder, "climbclub.db");

    /// <summary>Runs a one-value query on its own connection (no pool, so nothing stays open afterwards).</summary>
    public static string Scalar(string dataFolder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={In(dataFolder)};Mode=ReadWrite;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public static string IntegrityOf(string dataFolder) => Scalar(dataFolder, "PRAGMA integrity_check;");
}

using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ClimbClub.Benchmarks;

/// <summary>
/// One prepared INSERT on a Microsoft.Data.Sqlite connection, bound by position through SQLite's own API underneath it:
/// no boxing and no parameter lookup by name, which are most of the cost per row at tens of millions of rows.
/// Values are bound in the order of the statement's parameters, then <see cref="Run"/>.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly sqlite3 database;

    private readonly sqlite3_stmt statement;

    private int next = 1;

    public PreparedInsert(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    public PreparedInsert Int(long value)
    {
        Check(raw.sqlite3_bind_int64(statement, next++, value));
        return this;
    }

    public PreparedInsert Text(string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(statement, next++) : raw.sqlite3_bind_text(statement, next++, value));
        return this;
    }

    public PreparedInsert Int(long? value) => value is { } v ? Int(v) : Text(null);

    public void Run()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        next = 1;
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result);
        }
    }
}

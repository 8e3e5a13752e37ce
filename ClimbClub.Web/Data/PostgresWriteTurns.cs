using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClimbClub.Web.Data;

/// <summary>
/// Makes PostgreSQL run the app's write transactions one at a time, as SQLite does (its transactions begin
/// IMMEDIATE, taking the one write lock). The services rely on that: a check and the write it allows (the last place
/// of a challenge, a night closed once, a code used once) happen in one transaction that no other can interleave
/// with. Each transaction takes a transaction-level advisory lock as its first statement, released at commit or
/// rollback; reads outside transactions never wait, and all instances on the database share the one lock.
/// </summary>
internal sealed class PostgresWriteTurns : DbTransactionInterceptor
{
    /// <summary>Waits for the advisory lock the write transactions queue on (its id spells "ClimbCl" and 2).</summary>
    private const string TakeTurn = "SELECT pg_advisory_xact_lock(4858374016546860034)";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = TakeTurn;
        return command;
    }
}

using System.Globalization;
using ClimbClub.Core.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClimbClub.Load;

/// <summary>
/// Changes this week's board from outside the app, as a member's log would: a session of today (club time) with three
/// colours, written straight into the running app's SQLite file in the form the log stores (dates and times as text,
/// instants through EF's binary converter, the member's and each colour's level kept on the rows). The ranking job
/// picks it up on its next run like any logged session.
/// </summary>
internal sealed class BoardChange(string databaseFile, ClubCalendar calendar)
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    /// <summary>The member's display name, as boards show it.</summary>
    public async Task<string> DisplayNameAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        return (await MemberAsync(connection, transaction, email, cancellationToken)).Name;
    }

    /// <summary>Logs a session of today for the member with this email.</summary>
    public async Task LogSessionAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        var (memberId, _, level, gymId) = await MemberAsync(connection, transaction, email, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var clubNow = calendar.ToClubTime(now);
        var end = new TimeOnly(clubNow.Hour, clubNow.Minute / 15 * 15);
        var start = end.Hour >= 1 ? end.AddHours(-1) : TimeOnly.MinValue;
        end = end > start ? end : start.AddMinutes(15);

        await using var session = connection.CreateCommand();
        session.Transaction = transaction;
        session.CommandText = """
            INSERT INTO "Sessions" ("MemberId", "Date", "Start", "End", "GymId", "MemberLevel", "CreatedAt", "UpdatedAt")
            VALUES ($member, $date, $start, $end, $gym, $level, $at, $at);
            SELECT last_insert_rowid();
            """;
        session.Parameters.AddWithValue("$member", memberId);
        session.Parameters.AddWithValue("$date", calendar.DateOf(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        session.Parameters.AddWithValue("$start", start.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        session.Parameters.AddWithValue("$end", end.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        session.Parameters.AddWithValue("$gym", gymId);
        session.Parameters.AddWithValue("$level", level);
        session.Parameters.AddWithValue("$at", Instant.ConvertToProvider(now));
        var sessionId = (long)(await session.ExecuteScalarAsync(cancellationToken))!;

        // Colours from the member's level up, as a member logs the problems that earn points.
        await using var lines = connection.CreateCommand();
        lines.Transaction = transaction;
        lines.CommandText = """
            INSERT INTO "SessionLines" ("SessionId", "ColourId", "ColourLevel", "Count")
            SELECT $session, "Id", "Level", 4 FROM "Colours" WHERE "Level" >= $level ORDER BY "Level" LIMIT 3
            """;
        lines.Parameters.AddWithValue("$session", sessionId);
        lines.Parameters.AddWithValue("$level", Math.Min(level, 8));
        await lines.ExecuteNonQueryAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<(string Id, string Name, int Level, long GymId)> MemberAsync(
        SqliteConnection connection, SqliteTransaction transaction, string email, CancellationToken cancellationToken)
    {
        await using var member = connection.CreateCommand();
        member.Transaction = transaction;
        member.CommandText = """
            SELECT u."Id", u."DisplayName", c."Level", u."HomeGymId"
            FROM "AspNetUsers" u JOIN "Colours" c ON c."Id" = u."LevelColourId"
            WHERE u."NormalizedEmail" = $email
            """;
        member.Parameters.AddWithValue("$email", email.ToUpperInvariant());
        await using var reader = await member.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3))
            : throw new InvalidOperationException($"The club has no member {email}.");
    }
}

using System.Globalization;
using System.Text;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using Microsoft.Data.Sqlite;

namespace ClimbClub.Benchmarks;

/// <summary>
/// The least work any ranking refresh must do: one SQL aggregate over the sessions of the open weeks (those that ended
/// at most 14 days before the club date, and the current one; the same weeks the job recomputes) and their lines,
/// per member and week: problems solved and sessions. One prepared statement on one open connection, every row read.
/// </summary>
internal sealed class OpenWindowFloor : IDisposable
{
    private readonly SqliteConnection connection;

    private readonly SqliteCommand aggregate;

    private OpenWindowFloor(SqliteConnection connection, SqliteCommand aggregate)
    {
        this.connection = connection;
        this.aggregate = aggregate;
    }

    public static OpenWindowFloor Open(string connectionString, DateOnly clubDate)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        var generations = ReadGenerations(connection);
        var weeks = ClubWeeks.Between(ClubWeeks.OpenWindowStart(clubDate, generations), clubDate, generations);

        // Week boundaries are known before the query; a CASE over them names each session's week.
        var week = new StringBuilder("CASE");
        for (var i = 1; i < weeks.Count; i++)
        {
            week.Append(CultureInfo.InvariantCulture, $" WHEN s.\"Date\" < $week{i} THEN {i - 1}");
        }

        week.Append(CultureInfo.InvariantCulture, $" ELSE {weeks.Count - 1} END");
        var aggregate = connection.CreateCommand();
        aggregate.CommandText = $"""
            SELECT "MemberId", "Week", SUM("Problems"), COUNT(*)
            FROM (
                SELECT s."MemberId", {week} AS "Week", (SELECT SUM(l."Count") FROM "SessionLines" AS l WHERE l."SessionId" = s."Id") AS "Problems"
                FROM "Sessions" AS s
                WHERE s."Date" >= $from AND s."Date" <= $to AND s."VoidedAt" IS NULL)
            GROUP BY "MemberId", "Week"
            """;
        aggregate.Parameters.AddWithValue("$from", Text(weeks[0].Start));
        aggregate.Parameters.AddWithValue("$to", Text(weeks[^1].End));
        for (var i = 1; i < weeks.Count; i++)
        {
            aggregate.Parameters.AddWithValue($"$week{i}", Text(weeks[i].Start));
        }

        aggregate.Prepare();
        return new OpenWindowFloor(connection, aggregate);
    }

    /// <summary>Runs the aggregate and reads every row; returns how many (member, week) rows there were.</summary>
    public int Read()
    {
        using var reader = aggregate.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetString(0);
            _ = reader.GetInt32(1) + reader.GetInt32(2) + reader.GetInt32(3);
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        aggregate.Dispose();
        connection.Dispose();
    }

    private static List<Generation> ReadGenerations(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "StartDate", "EndDate" FROM "Generations" """;
        using var reader = command.ExecuteReader();
        var generations = new List<Generation>();
        while (reader.Read())
        {
            generations.Add(new Generation
            {
                Id = reader.GetInt32(0),
                StartDate = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                EndDate = DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }

        return generations;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

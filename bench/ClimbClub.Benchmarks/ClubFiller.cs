using System.Globalization;
using ClimbClub.Core.Members;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClimbClub.Benchmarks;

/// <summary>What the filler needs from the database the app created.</summary>
internal sealed record ClubReference(
    IReadOnlyList<int> GenerationIds, IReadOnlyDictionary<int, int> ColourIdByLevel, IReadOnlyList<int> GymIds, string MemberRoleId, string AdminId, TimeZoneInfo Zone);

/// <summary>
/// Fills a database the app created with members and their history, through prepared INSERTs in one transaction per
/// week (EF's change tracking would take hours at this size; see <see cref="PreparedInsert"/>). Every member logs one
/// to three sessions a week (two on average) on different days, 45 minutes to 4 hours between 09:00 and 23:45, each
/// with 3 to 6 colours around their level and 1 to 8 problems per colour; one session in 200 is voided. The random
/// numbers are seeded per member and week, counted back from the club date, so the figures are reproducible.
/// </summary>
internal static class ClubFiller
{
    private const int Seed = 2026;

    /// <summary>Members climb colours in a window of six levels around their own.</summary>
    private const int ColourWindow = 6;

    private static readonly Func<object?, object?> StoredInstant = new DateTimeOffsetToBinaryConverter().ConvertToProvider;

    private static readonly string[] QuarterHours =
        [.. Enumerable.Range(0, 96).Select(q => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(15 * q)).ToString("HH:mm:ss", CultureInfo.InvariantCulture))];

    public static (long Sessions, long Lines) Fill(string connectionString, ClubSize size, DateOnly clubDate, ClubReference club, TextWriter log)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();

        // A bulk load into a file nobody else has open: no journal, no syncs, a big page cache; WAL again at the end.
        // Sessions are written in date order, so every index grows at its end but the ones led by the member's id (a random
        // GUID): those are dropped and made again from their own definitions, one sort instead of millions of inserts at
        // random places.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY;");
        var indexes = IndexesLedByMember(connection);
        Execute(connection, string.Concat(indexes.Select(index => $"DROP INDEX \"{index.Name}\";")));
        var historyStart = clubDate.AddDays(-7 * size.Weeks);
        var levels = InsertMembers(connection, size.Members, club, StoredAt(ClubClock.MomentOn(historyStart)));
        var counts = InsertSessions(connection, clubDate, size.Weeks, levels, club, log);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Execute(connection, string.Concat(indexes.Select(index => index.Sql + ";")));
        log.WriteLine($"    indexed in {clock.Elapsed.TotalSeconds:F0} s");
        Execute(connection, "PRAGMA journal_mode = WAL;");
        return counts;
    }

    /// <summary>Approved members of the Member role, without passwords (nobody signs in); returns each one's id and level.</summary>
    private static List<(string Id, int Level)> InsertMembers(SqliteConnection connection, int count, ClubReference club, long approvedAt)
    {
        using var transaction = connection.BeginTransaction();
        using var member = new PreparedInsert(
            connection,
            """
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "GenerationId", "HomeGymId", "LevelColourId", "Avatar", "ApprovalStatus",
                "SignedUpAt", "DecidedAt", "IsActive", "HiddenFromScreen", "IsDemo", "UserName", "NormalizedUserName", "Email",
                "NormalizedEmail", "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled",
                "LockoutEnabled", "AccessFailedCount")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1, 0, 0, ?9, ?10, ?9, ?10, 1, ?11, ?12, 0, 0, 1, 0)
            """);
        using var role = new PreparedInsert(connection, """INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES (?1, ?2)""");

        var members = new List<(string, int)>(count);
        for (var m = 0; m < count; m++)
        {
            var dice = new Dice(Seed, m);
            var id = dice.NextGuid().ToString();
            var level = dice.Between(1, 7);
            var email = string.Create(CultureInfo.InvariantCulture, $"climber{m + 1}@bench.test");
            member.Text(id)
                .Text(string.Create(CultureInfo.InvariantCulture, $"Climber {m + 1}"))
                .Int(club.GenerationIds[dice.Between(0, club.GenerationIds.Count - 1)])
                .Int(club.GymIds[dice.Between(0, club.GymIds.Count - 1)])
                .Int(club.ColourIdByLevel[level])
                .Text(Avatars.Keys[dice.Between(0, Avatars.Keys.Count - 1)])
                .Text(nameof(ApprovalStatus.Approved))
                .Int(approvedAt)
                .Text(email)
                .Text(email.ToUpperInvariant())
                .Text(dice.NextGuid().ToString("N").ToUpperInvariant())
                .Text(dice.NextGuid().ToString())
                .Run();
            role.Text(id).Text(club.MemberRoleId).Run();
            members.Add((id, level));
        }

        transaction.Commit();
        return members;
    }

    private static (long Sessions, long Lines) InsertSessions(
        SqliteConnection connection, DateOnly clubDate, int weeks, List<(string Id, int Level)> members, ClubReference club, TextWriter log)
    {
        using var session = new PreparedInsert(
            connection,
            """
            INSERT INTO "Sessions" ("Id", "MemberId", "Date", "Start", "End", "GymId", "MemberLevel", "CreatedAt", "UpdatedAt",
                "VoidedAt", "VoidedById", "VoidReason")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11)
            """);
        using var line = new PreparedInsert(
            connection, """INSERT INTO "SessionLines" ("Id", "SessionId", "ColourId", "ColourLevel", "Count") VALUES (?1, ?2, ?3, ?4, ?5)""");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (sessionId, lineId) = (0L, 0L);
        Span<int> days = stackalloc int[7];
        Span<int> colours = stackalloc int[ColourWindow];
        for (var back = weeks - 1; back >= 0; back--)
        {
            var firstDay = clubDate.AddDays(-7 * (back + 1));
            var dates = Enumerable.Range(0, 7).Select(d => firstDay.AddDays(d)).ToArray();
            var offsets = dates.Select(d => club.Zone.GetUtcOffset(d.ToDateTime(new TimeOnly(12, 0)))).ToArray();
            var dateTexts = dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();

            using var transaction = connection.BeginTransaction();
            for (var m = 0; m < members.Count; m++)
            {
                var (memberId, level) = members[m];
                var dice = new Dice(Seed, m, back);
                var sessions = dice.Between(0, 3) switch { 0 => 1, 3 => 3, _ => 2 };
                Pick(dice, days, 0, sessions);
                for (var s = 0; s < sessions; s++)
                {
                    var day = days[s];
                    var start = dice.Between(9 * 4, 19 * 4 + 3);
                    var end = start + dice.Between(3, 16);
                    var logged = new DateTimeOffset(dates[day].ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(15 * end))), offsets[day]).ToUniversalTime();
                    var voided = dice.OneIn(200);
                    session.Int(++sessionId)
                        .Text(memberId)
                        .Text(dateTexts[day])
                        .Text(QuarterHours[start])
                        .Text(QuarterHours[end])
                        .Int(club.GymIds[dice.Between(0, club.GymIds.Count - 1)])
                        .Int(level)
                        .Int(StoredAt(logged))
                        .Int(voided ? StoredAt(logged.AddDays(1)) : null)
                        .Text(voided ? club.AdminId : null)
                        .Text(voided ? "Logged twice" : null)
                        .Run();

                    var lowest = Math.Clamp(level - 3, 1, 11 - ColourWindow);
                    var lines = dice.Between(3, 6);
                    Pick(dice, colours, lowest, lines);
                    for (var l = 0; l < lines; l++)
                    {
                        line.Int(++lineId).Int(sessionId).Int(club.ColourIdByLevel[colours[l]]).Int(colours[l]).Int(dice.Between(1, 8)).Run();
                    }
                }
            }

            transaction.Commit();
            if (back % 13 == 0)
            {
                log.WriteLine($"    {weeks - back,3} of {weeks} weeks: {sessionId:N0} sessions, {lineId:N0} lines, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        return (sessionId, lineId);
    }

    /// <summary>Fills <paramref name="into"/> with first, first+1, ... and moves <paramref name="count"/> distinct ones, at random, to the front in order.</summary>
    private static void Pick(Dice dice, Span<int> into, int first, int count)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = first + i;
        }

        for (var i = 0; i < count; i++)
        {
            var j = dice.Between(i, into.Length - 1);
            (into[i], into[j]) = (into[j], into[i]);
        }

        into[..count].Sort();
    }

    private static long StoredAt(DateTimeOffset instant) => (long)StoredInstant(instant)!;

    private static List<(string Name, string Sql)> IndexesLedByMember(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = 'Sessions' AND "sql" LIKE '%("MemberId"%'""";
        using var reader = command.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

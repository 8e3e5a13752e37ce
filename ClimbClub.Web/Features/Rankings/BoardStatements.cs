using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Scoring;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Web.Features.Rankings;

/// <summary>
/// The ranking job's writes, each one SQL statement that reads and writes in the database, so no session or board row
/// travels to the app. Points are summed as whole half points (every rule prices a problem in steps of 0.5), so the
/// sums are exact; ranks are competition ranks (1, 2, 2, 4), the database's RANK().
/// </summary>
internal static class BoardStatements
{

    /// <summary>
    /// Brings the boards of <paramref name="weeks"/> (consecutive) in line with their sessions: rows that differ are
    /// written, rows of members without a scoring session that week are removed, equal rows are left alone, so a run
    /// in which nothing changed writes nothing. Each session is scored by the rule of its week's generation written
    /// out as a table (<see cref="ScoringTable"/>), summed per session in the order of the date index (no sort), then
    /// per member and week. Returns how many rows were written or removed.
    /// </summary>
    public static async Task<int> WriteWeeksAsync(
        ClimbClubDbContext db, IReadOnlyList<ClubWeek> weeks, IReadOnlyCollection<Generation> generations, CancellationToken cancellationToken)
    {
        var colourPoints = await db.Colours.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Points, cancellationToken);
        var ruleOf = generations.ToDictionary(g => g.Id, g => g.ScoringRule);
        ScoringRuleKind RuleOf(ClubWeek week) => week.GenerationId is { } id ? ruleOf[id] : ScoringRuleKind.RelativeToLevel;

        var sql = new Sql();
        var (from, to) = (sql.Add(weeks[0].Start), sql.Add(weeks[^1].End));
        var weekRows = string.Join(", ", weeks.Select(w =>
            $"({sql.Add(w.Key)}, {sql.Add(w.Start)}, {sql.Add(w.End)}, {sql.Add(w.GenerationId ?? FrozenTotal.NoGeneration)}, {sql.Add(w.Number)})"));
        var price = PriceByDate(sql, weeks.Select(w => (w.Start, Price(ScoringTable.For(ScoringRules.For(RuleOf(w), colourPoints), colourPoints.Keys)))).ToList());
        sql.Text = $"""
            WITH weeks("Key", "Start", "End", "GenerationId", "Number") AS (VALUES {weekRows}),
            scored AS (
                SELECT s."Date", s."MemberId", s."DurationMinutes" AS "Minutes", SUM(l."Count" * {price}) AS "HalfPoints", SUM(l."Count") AS "Problems"
                FROM "Sessions" s
                JOIN "SessionLines" l ON l."SessionId" = s."Id"
                WHERE s."Date" BETWEEN {from} AND {to} AND s."VoidedAt" IS NULL
                GROUP BY s."Date", s."Id"
            )
            INSERT INTO "WeeklyScores" AS o ("WeekKey", "MemberId", "WeekStart", "WeekEnd", "GenerationId", "WeekNumber", "Points", "Problems", "Minutes", "Sessions", "Rank")
            SELECT w."Key", s."MemberId", w."Start", w."End", NULLIF(w."GenerationId", 0), w."Number",
                   SUM(s."HalfPoints") / 2.0, SUM(s."Problems"), SUM(s."Minutes"), COUNT(*),
                   RANK() OVER (PARTITION BY w."Key" ORDER BY SUM(s."HalfPoints") DESC)
            FROM scored s
            JOIN weeks w ON s."Date" BETWEEN w."Start" AND w."End"
            {sql.Competitors("s.\"MemberId\"")}
            GROUP BY w."Key", s."MemberId", w."Start", w."End", w."GenerationId", w."Number"
            {Upsert(["WeekKey", "MemberId"], ["WeekStart", "WeekEnd", "GenerationId", "WeekNumber", "Points", "Problems", "Minutes", "Sessions", "Rank"])}
            """;
        var written = await sql.ExecuteAsync(db, cancellationToken);

        // A stored row stays while its member competes and has a scoring session in its week: looked up by the
        // member's date index, row by row, rather than listing every scoring member and week again.
        var stale = new Sql();
        var staleKeys = string.Join(", ", weeks.Select(w => stale.Add(w.Key)));
        stale.Text = $"""
            DELETE FROM "WeeklyScores" AS o
            WHERE o."WeekKey" IN ({staleKeys})
              AND (o."MemberId" NOT IN ({stale.CompetitorIds()})
                   OR NOT EXISTS (
                       SELECT 1 FROM "Sessions" s
                       WHERE s."MemberId" = o."MemberId" AND s."Date" BETWEEN o."WeekStart" AND o."WeekEnd" AND s."VoidedAt" IS NULL
                         AND EXISTS (SELECT 1 FROM "SessionLines" l WHERE l."SessionId" = s."Id")))
            """;
        return written + await stale.ExecuteAsync(db, cancellationToken);
    }

    /// <summary>Sums every stored week ending before <paramref name="before"/> into the frozen totals, from nothing.</summary>
    public static async Task RebuildFrozenAsync(ClimbClubDbContext db, DateOnly before, CancellationToken cancellationToken)
    {
        await db.FrozenTotals.ExecuteDeleteAsync(cancellationToken);
        await AddFrozenAsync(db, DateOnly.MinValue, before, cancellationToken);
    }

    /// <summary>Adds the weeks ending in [<paramref name="from"/>, <paramref name="before"/>) to the frozen totals.</summary>
    public static Task AddFrozenAsync(ClimbClubDbContext db, DateOnly from, DateOnly before, CancellationToken cancellationToken)
    {
        var sql = new Sql();
        sql.Text = $"""
            INSERT INTO "FrozenTotals" ("MemberId", "GenerationKey", "Points", "Problems", "Minutes", "Sessions")
            SELECT "MemberId", COALESCE("GenerationId", 0), SUM("Points" * 2) / 2.0, SUM("Problems"), SUM("Minutes"), SUM("Sessions")
            FROM "WeeklyScores"
            WHERE "WeekEnd" >= {sql.Add(from)} AND "WeekEnd" < {sql.Add(before)}
            GROUP BY "MemberId", COALESCE("GenerationId", 0)
            ON CONFLICT ("MemberId", "GenerationKey") DO UPDATE SET
                "Points" = "FrozenTotals"."Points" + excluded."Points",
                "Problems" = "FrozenTotals"."Problems" + excluded."Problems",
                "Minutes" = "FrozenTotals"."Minutes" + excluded."Minutes",
                "Sessions" = "FrozenTotals"."Sessions" + excluded."Sessions"
            """;
        return sql.ExecuteAsync(db, cancellationToken);
    }

    /// <summary>
    /// Brings the generation and all-time boards in line with the frozen totals plus the weeks still open (those
    /// ending on or after <paramref name="openFrom"/>), writing only rows that differ and removing rows of members no
    /// longer on a board. Weeks of a deleted generation still count all-time, on no generation board.
    /// </summary>
    public static async Task WriteTotalsAsync(ClimbClubDbContext db, DateOnly openFrom, CancellationToken cancellationToken)
    {
        var generations = new Sql();
        generations.Text = $"""
            WITH {Totals(generations, openFrom)}
            INSERT INTO "GenerationScores" AS o ("GenerationId", "MemberId", "Points", "Problems", "Minutes", "Sessions", "Rank")
            SELECT t."GenerationKey", t."MemberId", SUM(t."HalfPoints") / 2.0, SUM(t."Problems"), SUM(t."Minutes"), SUM(t."Sessions"),
                   RANK() OVER (PARTITION BY t."GenerationKey" ORDER BY SUM(t."HalfPoints") DESC)
            FROM totals t
            JOIN "Generations" g ON g."Id" = t."GenerationKey"
            {generations.Competitors("t.\"MemberId\"")}
            GROUP BY t."GenerationKey", t."MemberId"
            {Upsert(["GenerationId", "MemberId"], ["Points", "Problems", "Minutes", "Sessions", "Rank"])}
            """;
        await generations.ExecuteAsync(db, cancellationToken);

        var staleGenerations = new Sql();
        staleGenerations.Text = $"""
            DELETE FROM "GenerationScores" AS o
            WHERE o."MemberId" NOT IN ({staleGenerations.CompetitorIds()})
               OR (NOT EXISTS (SELECT 1 FROM "FrozenTotals" f WHERE f."MemberId" = o."MemberId" AND f."GenerationKey" = o."GenerationId")
                   AND NOT EXISTS (SELECT 1 FROM "WeeklyScores" w WHERE {OpenWeekOf(staleGenerations, openFrom)} AND w."GenerationId" = o."GenerationId"))
            """;
        await staleGenerations.ExecuteAsync(db, cancellationToken);

        var allTime = new Sql();
        allTime.Text = $"""
            WITH {Totals(allTime, openFrom)}
            INSERT INTO "AllTimeScores" AS o ("MemberId", "Points", "Problems", "Minutes", "Sessions", "Rank")
            SELECT t."MemberId", SUM(t."HalfPoints") / 2.0, SUM(t."Problems"), SUM(t."Minutes"), SUM(t."Sessions"),
                   RANK() OVER (ORDER BY SUM(t."HalfPoints") DESC)
            FROM totals t
            {allTime.Competitors("t.\"MemberId\"")}
            GROUP BY t."MemberId"
            {Upsert(["MemberId"], ["Points", "Problems", "Minutes", "Sessions", "Rank"])}
            """;
        await allTime.ExecuteAsync(db, cancellationToken);

        var staleAllTime = new Sql();
        staleAllTime.Text = $"""
            DELETE FROM "AllTimeScores" AS o
            WHERE o."MemberId" NOT IN ({staleAllTime.CompetitorIds()})
               OR (NOT EXISTS (SELECT 1 FROM "FrozenTotals" f WHERE f."MemberId" = o."MemberId")
                   AND NOT EXISTS (SELECT 1 FROM "WeeklyScores" w WHERE {OpenWeekOf(staleAllTime, openFrom)}))
            """;
        await staleAllTime.ExecuteAsync(db, cancellationToken);
    }

    /// <summary>
    /// A condition on w (a weekly row): it is the member of o's, in a week still open. A week is at most seven days
    /// long, so its start bounds the member's index range as well, and only the member's last weeks are read.
    /// </summary>
    private static string OpenWeekOf(Sql sql, DateOnly openFrom) =>
        $"""w."MemberId" = o."MemberId" AND w."WeekStart" >= {sql.Add(openFrom.AddDays(-6))} AND w."WeekEnd" >= {sql.Add(openFrom)}""";

    /// <summary>
    /// The ON CONFLICT clause that makes an INSERT ... SELECT write only what differs: a new row is inserted, a
    /// stored row is updated only when one of its <paramref name="values"/> changed. (Every SELECT it follows ends in
    /// GROUP BY, so SQLite cannot read ON CONFLICT as a join's ON.)
    /// </summary>
    private static string Upsert(string[] key, string[] values)
    {
        string Columns(string prefix) => string.Join(", ", values.Select(v => $"{prefix}\"{v}\""));
        return $"""
            ON CONFLICT ({string.Join(", ", key.Select(k => $"\"{k}\""))}) DO UPDATE SET {string.Join(", ", values.Select(v => $"\"{v}\" = excluded.\"{v}\""))}
            WHERE ({Columns("o.")}) IS DISTINCT FROM ({Columns("excluded.")})
            """;
    }

    /// <summary>
    /// What a line is worth in half points, as a SQL expression over l (the line) and s (its session): the table of
    /// the rule, folded so that a price shared by every comparison, or by every colour, is written once.
    /// </summary>
    private static string Price(IReadOnlyList<ScoringTableEntry> table)
    {
        var byColour = table.GroupBy(e => e.ColourId).OrderBy(g => g.Key).Select(colour =>
        {
            var price = colour.ToDictionary(e => e.Comparison, e => e.HalfPoints);
            var (below, at, above) = (price[-1], price[0], price[1]);
            var text = below == at && at == above
                ? $"{at}"
                : $"""CASE WHEN l."ColourLevel" < s."MemberLevel" THEN {below} WHEN l."ColourLevel" = s."MemberLevel" THEN {at} ELSE {above} END""";
            return (ColourId: colour.Key, Text: text);
        }).ToList();
        return byColour.Select(c => c.Text).Distinct().Count() == 1
            ? byColour[0].Text
            : $"""CASE l."ColourId" {string.Join(" ", byColour.Select(c => $"WHEN {c.ColourId} THEN {c.Text}"))} END""";
    }

    /// <summary>
    /// The price of a line by its session's date: each run of consecutive weeks with the same price is one branch.
    /// The open weeks usually share one rule, and then there is no branch at all.
    /// </summary>
    private static string PriceByDate(Sql sql, List<(DateOnly Start, string Price)> weeks)
    {
        var runs = weeks.Where((w, i) => i == 0 || w.Price != weeks[i - 1].Price).ToList();
        if (runs.Count == 1)
        {
            return runs[0].Price;
        }

        var branches = runs.Skip(1).Select((next, i) => $"""WHEN s."Date" < {sql.Add(next.Start)} THEN {runs[i].Price}""");
        return $"""(CASE {string.Join(" ", branches)} ELSE {runs[^1].Price} END)""";
    }

    private static string Totals(Sql sql, DateOnly openFrom) => $"""
        totals AS (
            SELECT "MemberId", "GenerationKey", "Points" * 2 AS "HalfPoints", "Problems", "Minutes", "Sessions" FROM "FrozenTotals"
            UNION ALL
            SELECT "MemberId", COALESCE("GenerationId", 0), "Points" * 2, "Problems", "Minutes", "Sessions" FROM "WeeklyScores" WHERE "WeekEnd" >= {sql.Add(openFrom)}
        )
        """;

    /// <summary>SQL text with its values as parameters ({0}, {1}, ... for EF's raw SQL).</summary>
    private sealed class Sql
    {
        private readonly List<object> values = [];

        public string Text { get; set; } = "";

        public string Add(object value)
        {
            values.Add(value);
            return $"{{{values.Count - 1}}}";
        }

        /// <summary>Only approved, active members compete; the others keep their sessions but stand on no board.</summary>
        public string Competitors(string memberColumn) =>
            $"JOIN \"AspNetUsers\" u ON u.\"Id\" = {memberColumn} AND u.\"IsActive\" = {Add(true)} AND u.\"ApprovalStatus\" = {Add(nameof(ApprovalStatus.Approved))}";

        /// <summary>The ids of the members who compete, as a subquery.</summary>
        public string CompetitorIds() =>
            $"SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"IsActive\" = {Add(true)} AND \"ApprovalStatus\" = {Add(nameof(ApprovalStatus.Approved))}";

        public Task<int> ExecuteAsync(ClimbClubDbContext db, CancellationToken cancellationToken) =>
            db.Database.ExecuteSqlRawAsync(Text, values, cancellationToken);
    }
}

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
    /// Writes the board of each week from its sessions, scored by the rule of the week's generation written out as a
    /// table (<see cref="ScoringTable"/>). The weeks' old rows must be gone. The CROSS JOINs fix SQLite's join order
    /// (weeks, then their sessions by date, then lines): left to itself it starts from the small price table and
    /// reads every line of the club's history.
    /// </summary>
    public static async Task<int> WriteWeeksAsync(
        ClimbClubDbContext db, IReadOnlyList<ClubWeek> weeks, IReadOnlyCollection<Generation> generations, CancellationToken cancellationToken)
    {
        var sql = new Sql();
        var colourPoints = await db.Colours.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Points, cancellationToken);
        var ruleOf = generations.ToDictionary(g => g.Id, g => g.ScoringRule);
        ScoringRuleKind RuleOf(ClubWeek week) => week.GenerationId is { } id ? ruleOf[id] : ScoringRuleKind.RelativeToLevel;
        var weekRows = weeks.Select(w => $"({sql.Add(w.Key)}, {sql.Add(w.Start)}, {sql.Add(w.End)}, {sql.Add(w.GenerationId ?? FrozenTotal.NoGeneration)}, {sql.Add(w.Number)}, {sql.Add((int)RuleOf(w))})");
        var tableRows = weeks.Select(RuleOf).Distinct()
            .SelectMany(rule => ScoringTable.For(ScoringRules.For(rule, colourPoints), colourPoints.Keys)
                .Select(e => $"({sql.Add((int)rule)}, {sql.Add(e.ColourId)}, {sql.Add(e.Comparison)}, {sql.Add(e.HalfPoints)})"));
        var (from, to) = (sql.Add(weeks[0].Start), sql.Add(weeks[^1].End));
        var competitors = sql.Competitors("s.\"MemberId\"");
        sql.Text = $"""
            WITH weeks("Key", "Start", "End", "GenerationId", "Number", "Rule") AS (VALUES {string.Join(", ", weekRows)}),
            prices("Rule", "ColourId", "Comparison", "HalfPoints") AS (VALUES {string.Join(", ", tableRows)}),
            scored AS (
                SELECT w."Key" AS "WeekKey", s."MemberId", s."DurationMinutes" AS "Minutes",
                       SUM(l."Count" * p."HalfPoints") AS "HalfPoints", SUM(l."Count") AS "Problems"
                FROM weeks w
                CROSS JOIN "Sessions" s
                CROSS JOIN "SessionLines" l
                CROSS JOIN prices p
                {competitors}
                WHERE s."Date" BETWEEN w."Start" AND w."End" AND s."Date" BETWEEN {from} AND {to} AND s."VoidedAt" IS NULL
                  AND l."SessionId" = s."Id"
                  AND p."Rule" = w."Rule" AND p."ColourId" = l."ColourId" AND p."Comparison" =
                      CASE WHEN l."ColourLevel" < s."MemberLevel" THEN -1 WHEN l."ColourLevel" = s."MemberLevel" THEN 0 ELSE 1 END
                GROUP BY s."Id", w."Key", s."MemberId", s."DurationMinutes"
            )
            INSERT INTO "WeeklyScores" ("WeekKey", "MemberId", "WeekStart", "WeekEnd", "GenerationId", "WeekNumber", "Points", "Problems", "Minutes", "Sessions", "Rank")
            SELECT w."Key", s."MemberId", w."Start", w."End", NULLIF(w."GenerationId", 0), w."Number",
                   SUM(s."HalfPoints") / 2.0, SUM(s."Problems"), SUM(s."Minutes"), COUNT(*),
                   RANK() OVER (PARTITION BY w."Key" ORDER BY SUM(s."HalfPoints") DESC)
            FROM scored s JOIN weeks w ON w."Key" = s."WeekKey"
            GROUP BY w."Key", s."MemberId", w."Start", w."End", w."GenerationId", w."Number"
            """;
        return await sql.ExecuteAsync(db, cancellationToken);
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
    /// Rewrites the generation and all-time boards: the frozen totals plus the weeks still open (those ending on or
    /// after <paramref name="openFrom"/>). Weeks of a deleted generation still count all-time, on no generation board.
    /// </summary>
    public static async Task WriteTotalsAsync(ClimbClubDbContext db, DateOnly openFrom, CancellationToken cancellationToken)
    {
        await db.GenerationScores.ExecuteDeleteAsync(cancellationToken);
        await db.AllTimeScores.ExecuteDeleteAsync(cancellationToken);

        var generations = new Sql();
        generations.Text = $"""
            WITH {Totals(generations, openFrom)}
            INSERT INTO "GenerationScores" ("GenerationId", "MemberId", "Points", "Problems", "Minutes", "Sessions", "Rank")
            SELECT t."GenerationKey", t."MemberId", SUM(t."HalfPoints") / 2.0, SUM(t."Problems"), SUM(t."Minutes"), SUM(t."Sessions"),
                   RANK() OVER (PARTITION BY t."GenerationKey" ORDER BY SUM(t."HalfPoints") DESC)
            FROM totals t
            JOIN "Generations" g ON g."Id" = t."GenerationKey"
            {generations.Competitors("t.\"MemberId\"")}
            GROUP BY t."GenerationKey", t."MemberId"
            """;
        await generations.ExecuteAsync(db, cancellationToken);

        var allTime = new Sql();
        allTime.Text = $"""
            WITH {Totals(allTime, openFrom)}
            INSERT INTO "AllTimeScores" ("MemberId", "Points", "Problems", "Minutes", "Sessions", "Rank")
            SELECT t."MemberId", SUM(t."HalfPoints") / 2.0, SUM(t."Problems"), SUM(t."Minutes"), SUM(t."Sessions"),
                   RANK() OVER (ORDER BY SUM(t."HalfPoints") DESC)
            FROM totals t
            {allTime.Competitors("t.\"MemberId\"")}
            GROUP BY t."MemberId"
            """;
        await allTime.ExecuteAsync(db, cancellationToken);
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

        public Task<int> ExecuteAsync(ClimbClubDbContext db, CancellationToken cancellationToken) =>
            db.Database.ExecuteSqlRawAsync(Text, values, cancellationToken);
    }
}

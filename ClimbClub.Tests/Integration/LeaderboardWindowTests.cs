using System.Security.Claims;
using System.Text.RegularExpressions;
using ClimbClub.Core;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Screen;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// The leaderboard service on boards of hundreds: a read returns the first rows asked for, the caller's own row
/// wherever it is, and the board's size; SQLite reads those rows in rank order instead of sorting the whole board.
/// </summary>
public sealed partial class LeaderboardWindowTests(LongBoardClub club) : IClassFixture<LongBoardClub>
{
    public enum Kind
    {
        ThisWeek,
        Generation,
        AllTime,
    }

    /// <summary>What SQLite's plan says when it sorts every row before it can return the first.</summary>
    private const string WholeSort = "TEMP B-TREE FOR ORDER BY";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Kind.ThisWeek)]
    [InlineData(Kind.Generation)]
    [InlineData(Kind.AllTime)]
    public async Task AMemberFarDownGetsTheFirstRowsAndTheirOwnRowBeyondThem(Kind kind)
    {
        var board = await ReadAsync(kind, club.VeraId, LeaderboardService.FirstRows);

        Assert.Equal(LeaderboardService.FirstRows, board.Rows.Count);
        Assert.Equal("Tae Top", board.Rows[0].DisplayName);
        Assert.Equal(board.Rows.OrderBy(r => r.Rank).ThenBy(r => r.DisplayName, StringComparer.Ordinal), board.Rows);
        Assert.DoesNotContain(board.Rows, r => r.IsMe || r.DisplayName == LongBoardClub.Deactivated);
        Assert.Equal("Vera Far", board.Me?.DisplayName);
        Assert.True(board.Me!.Rank > board.Rows[^1].Rank);
        Assert.True(board.IsMeBeyondRows);
        Assert.Equal(LeaderboardService.FirstRows + 1, board.Shown);
        Assert.Equal(LongBoardClub.OnTheBoards, board.Total);
    }

    [Fact]
    public async Task AMemberAtTheTopFindsTheirRowAmongTheFirst()
    {
        var board = await ReadAsync(Kind.AllTime, club.TaeId, LeaderboardService.FirstRows);

        Assert.Equal(board.Rows[0], board.Me);
        Assert.False(board.IsMeBeyondRows);
        Assert.Equal(LeaderboardService.FirstRows, board.Shown);
        Assert.Equal(LongBoardClub.OnTheBoards, board.Total);
    }

    [Fact]
    public async Task MoreRowsAskedForAreMoreRowsRead()
    {
        var board = await ReadAsync(Kind.ThisWeek, club.VeraId, 2 * LeaderboardService.FirstRows);

        Assert.Equal(2 * LeaderboardService.FirstRows, board.Rows.Count);
        Assert.True(board.IsMeBeyondRows);
        Assert.Equal((2 * LeaderboardService.FirstRows) + 1, board.Shown);
    }

    [Fact]
    public async Task AnOwnRowRightAfterTheRowsAskedForJoinsThemWithNoGap()
    {
        var justAfter = await ReadAsync(Kind.ThisWeek, club.VeraId, LongBoardClub.AheadOfVera);
        var oneFurther = await ReadAsync(Kind.ThisWeek, club.VeraId, LongBoardClub.AheadOfVera - 1);

        Assert.Equal(LongBoardClub.AheadOfVera + 1, justAfter.Rows.Count);
        Assert.Equal(justAfter.Me, justAfter.Rows[^1]);
        Assert.False(justAfter.IsMeBeyondRows);
        Assert.Equal(LongBoardClub.AheadOfVera - 1, oneFurther.Rows.Count);
        Assert.True(oneFurther.IsMeBeyondRows);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(int.MaxValue, LeaderboardService.MaxRows)]
    [InlineData(100_000, LeaderboardService.MaxRows)]
    public async Task ANumberOfRowsOutOfRangeIsClamped(int asked, int read)
    {
        var board = await ReadAsync(Kind.AllTime, club.TaeId, asked);

        Assert.Equal(read, board.Rows.Count);
        Assert.Equal(LongBoardClub.OnTheBoards, board.Total);
    }

    [Fact]
    public async Task ABoardWithNobodyOnItHasNoRowsAndATotalOfNone()
    {
        var lastWeek = await CallAsync(b => b.WeekAsync(ClimbClubApp.PrincipalOf(club.VeraId), previous: true, LeaderboardService.FirstRows, Ct));

        Assert.Equal((0, 0, null), (lastWeek.Value!.Board.Rows.Count, lastWeek.Value.Board.Total, lastWeek.Value.Board.Me));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(null, int.MaxValue)]
    [InlineData("pending", LeaderboardService.FirstRows)]
    [InlineData("deactivated", LeaderboardService.FirstRows)]
    public async Task OnlyApprovedActiveMembersReadTheBoardsWhateverTheyAskFor(string? who, int rows)
    {
        var caller = who switch
        {
            "pending" => ClimbClubApp.PrincipalOf(club.PendingId),
            "deactivated" => ClimbClubApp.PrincipalOf(await club.WithDbAsync(db => db.Users.Where(u => u.DisplayName == LongBoardClub.Deactivated).Select(u => u.Id).SingleAsync(Ct))),
            _ => new ClaimsPrincipal(),
        };

        Outcome[] outcomes =
        [
            (await CallAsync(b => b.WeekAsync(caller, previous: false, rows, Ct))).ToOutcome(),
            (await CallAsync(b => b.GenerationAsync(caller, null, rows, Ct))).ToOutcome(),
            (await CallAsync(b => b.AllTimeAsync(caller, rows, Ct))).ToOutcome(),
        ];

        Assert.All(outcomes, o => Assert.Equal((OutcomeKind.Denied, "Only approved members can see the boards."), (o.Kind, o.Message)));
    }

    [Theory]
    [InlineData(Kind.ThisWeek, "IX_WeeklyScores_WeekKey_Rank_MemberId")]
    [InlineData(Kind.Generation, "IX_GenerationScores_GenerationId_Rank_MemberId")]
    [InlineData(Kind.AllTime, "IX_AllTimeScores_Rank_MemberId")]
    public async Task TheFirstRowsAreReadInRankOrderWithoutSortingTheWholeBoard(Kind kind, string rankIndex)
    {
        TestDatabase.SkipOnPostgres("its query plans");
        var before = club.Logs.Lines.Count;

        await ReadAsync(kind, club.VeraId, LeaderboardService.FirstRows);

        // The window's read is the one whose LIMIT is the number asked for; single-row reads have a fixed one.
        var windowRead = club.Logs.Lines.Skip(before).Select(SqlOf).Single(sql => sql.Contains("LIMIT @", StringComparison.Ordinal));
        var plan = PlanOf(windowRead);
        Assert.True(
            plan.Contains(rankIndex, StringComparison.Ordinal) && !plan.Contains(WholeSort, StringComparison.Ordinal),
            $"{windowRead}\n{plan}");
    }

    [Theory]
    [InlineData(Kind.ThisWeek)]
    [InlineData(Kind.Generation)]
    [InlineData(Kind.AllTime)]
    public async Task ABoardsSizeLooksUpOnlyTheMembersNotInTheClub(Kind kind)
    {
        TestDatabase.SkipOnPostgres("its query plans");
        var before = club.Logs.Lines.Count;

        await ReadAsync(kind, club.VeraId, LeaderboardService.FirstRows);

        var sizeRead = club.Logs.Lines.Skip(before).Select(SqlOf).Single(sql => sql.Contains("\"IsActive\"", StringComparison.Ordinal) && sql.Contains("COUNT(", StringComparison.Ordinal));
        Assert.Contains("IX_AspNetUsers_NotInClub", PlanOf(sizeRead), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheGymScreenReadsItsTopListsInRankOrderToo()
    {
        TestDatabase.SkipOnPostgres("its query plans");
        var before = club.Logs.Lines.Count;
        await using var scope = club.Scope();

        var boards = await scope.ServiceProvider.GetRequiredService<ScreenService>().BoardsAsync(new ScreenViewer(ClimbClubApp.PrincipalOf(club.OfficerId), null), Ct);

        Assert.Equal(["Tae Top", "Climber 001", "Climber 002", "Climber 003"], boards!.AllTime10.Take(4).Select(r => r.DisplayName));
        var topReads = club.Logs.Lines.Skip(before).Select(SqlOf).Where(sql => sql.Contains("HiddenFromScreen", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, topReads.Count);
        Assert.All(topReads, sql => Assert.DoesNotContain(WholeSort, PlanOf(sql), StringComparison.Ordinal));
    }

    private async Task<Board> ReadAsync(Kind kind, string memberId, int rows)
    {
        var who = ClimbClubApp.PrincipalOf(memberId);
        var board = kind switch
        {
            Kind.ThisWeek => (await CallAsync(b => b.WeekAsync(who, previous: false, rows, Ct))).Value?.Board,
            Kind.Generation => (await CallAsync(b => b.GenerationAsync(who, null, rows, Ct))).Value?.Board,
            _ => (await CallAsync(b => b.AllTimeAsync(who, rows, Ct))).Value,
        };
        Assert.NotNull(board);
        return board;
    }

    private async Task<T> CallAsync<T>(Func<LeaderboardService, Task<T>> call)
    {
        await using var scope = club.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<LeaderboardService>());
    }

    /// <summary>The SQL of an "Executed DbCommand" log line: what follows its first line.</summary>
    private static string SqlOf(string line) =>
        line.Contains("Executed DbCommand", StringComparison.Ordinal) ? line[(line.IndexOf('\n', StringComparison.Ordinal) + 1)..] : "";

    /// <summary>SQLite's plan for a statement, every parameter bound to 1 (the plan does not look at values).</summary>
    private string PlanOf(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile.In(club.Root)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            command.Parameters.AddWithValue(name, 1);
        }

        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join("\n", steps);
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}

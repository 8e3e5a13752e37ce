using System.Text;
using ClimbClub.Core.Log;

namespace ClimbClub.Tests.Core;

/// <summary>
/// Thousands of random, often hostile, sessions (seeded, so a failure repeats): the validator must agree with a plain
/// restatement of the session rules on whether each is valid and on which fields are wrong, and never throw.
/// </summary>
public sealed class SessionValidatorPropertyTests
{
    private static readonly DateTime ClubNow = new(2026, 5, 20, 18, 30, 0);
    private static readonly string[] NoteParts = ["", "crimpy", "볼더링 최고", "🧗‍♀️🔥", "<script>alert(1)</script>", "line\nbreak", "tab\tstop", "\u0000", "\u001b[31m", "'; DROP TABLE Sessions;--"];

    private readonly SessionInputValidator validator = new(CoreText.Localizer, ClubNow);

    [Theory]
    [InlineData(20261130)]
    [InlineData(424242)]
    public void TheValidatorAgreesWithTheRulesOnEveryRandomSession(int seed)
    {
        var random = new Random(seed);
        var disagreements = new List<string>();
        for (var i = 0; i < 4000; i++)
        {
            var input = RandomSession(random);
            var errors = validator.Check(input);
            var found = errors.Select(e => TopLevel(e.Field)).ToHashSet();
            var expected = ExpectedProblems(input);
            Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
            if (!found.SetEquals(expected))
            {
                disagreements.Add($"case {i}: expected [{string.Join(", ", expected.Order())}] got [{string.Join(", ", found.Order())}]");
            }
        }

        Assert.Empty(disagreements);
    }

    /// <summary>The session rules of the product, written out plainly as the oracle.</summary>
    private static HashSet<string> ExpectedProblems(SessionInput s)
    {
        var today = DateOnly.FromDateTime(ClubNow);
        var now = TimeOnly.FromDateTime(ClubNow);
        var problems = new HashSet<string>();
        if (s.Date is null || s.Date > today)
        {
            problems.Add(nameof(SessionInput.Date));
        }

        if (s.Start is null)
        {
            problems.Add(nameof(SessionInput.Start));
        }

        if (s.End is null
            || (s.Start is { } start && (s.End <= start || s.End.Value - start > TimeSpan.FromHours(12)))
            || (s.Date == today && s.End > now))
        {
            problems.Add(nameof(SessionInput.End));
        }

        if (s.GymId <= 0)
        {
            problems.Add(nameof(SessionInput.GymId));
        }

        if (s.Lines.Count == 0 || s.Lines.Select(l => l.ColourId).Distinct().Count() != s.Lines.Count
            || s.Lines.Any(l => l.ColourId <= 0 || l.Count is < 1 or > 200))
        {
            problems.Add(nameof(SessionInput.Lines));
        }

        if (s.Note is { } note && (note.Length > 500 || note.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))))
        {
            problems.Add(nameof(SessionInput.Note));
        }

        return problems;
    }

    private static SessionInput RandomSession(Random random)
    {
        var day = DateOnly.FromDateTime(ClubNow).AddDays(random.Next(-3, 2));
        var start = random.Next(12) == 0 ? (TimeOnly?)null : new TimeOnly(random.Next(24), random.Next(60));
        var end = random.Next(12) == 0 ? (TimeOnly?)null : new TimeOnly(random.Next(24), random.Next(60));
        var lines = Enumerable.Range(0, random.Next(0, 6))
            .Select(_ => new SessionLineInput { ColourId = random.Next(-1, 8), Count = random.Next(8) == 0 ? random.Next(-5, 260) : random.Next(1, 30) })
            .ToList();
        return new SessionInput
        {
            Date = random.Next(20) == 0 ? null : day,
            Start = start,
            End = end,
            GymId = random.Next(-1, 4),
            Lines = lines,
            Note = random.Next(4) == 0 ? null : RandomNote(random),
        };
    }

    private static string RandomNote(Random random)
    {
        var note = new StringBuilder();
        var parts = random.Next(0, 4);
        for (var i = 0; i < parts; i++)
        {
            note.Append(NoteParts[random.Next(NoteParts.Length)]);
        }

        if (random.Next(10) == 0)
        {
            note.Append(new string('x', random.Next(480, 520)));
        }

        return note.ToString();
    }

    /// <summary>"Lines[2].Count" counts against "Lines".</summary>
    private static string TopLevel(string? field) => (field ?? "").Split('[', '.')[0];
}

using ClimbClub.Core;

namespace ClimbClub.Tests.Core;

/// <summary>How commands report success or why they wrote nothing.</summary>
public sealed class OutcomeTests
{
    [Theory]
    [InlineData(OutcomeKind.Invalid)]
    [InlineData(OutcomeKind.Denied)]
    [InlineData(OutcomeKind.NotFound)]
    [InlineData(OutcomeKind.Conflict)]
    public void AFailureConvertsToATypedOutcomeKeepingKindAndErrors(OutcomeKind kind)
    {
        OutcomeError[] errors = [new("Choose your generation.", "GenerationId"), new("Choose your home gym.", "HomeGymId")];
        var failure = new Outcome(kind, errors);

        Outcome<int> typed = failure;

        Assert.Equal(kind, typed.Kind);
        Assert.False(typed.Succeeded);
        Assert.Equal(errors, typed.Errors);
        Assert.Equal(0, typed.Value);
    }

    [Fact]
    public void AFailureConvertsToATypedOutcomeWithNoValue()
    {
        Outcome<string> typed = Outcome.Fail(OutcomeKind.NotFound, "No such member.");

        Assert.Null(typed.Value);
        Assert.Equal("No such member.", typed.Message);
    }

    [Fact]
    public void ASuccessCannotBecomeATypedOutcomeWithoutAValue()
    {
        Assert.Throws<InvalidOperationException>(() => (Outcome<int>)Outcome.Ok);
    }

    [Fact]
    public void ASuccessCarriesItsValue()
    {
        var success = Outcome.Success("minji");

        Assert.True(success.Succeeded);
        Assert.Equal(OutcomeKind.Ok, success.Kind);
        Assert.Empty(success.Errors);
        Assert.Equal("minji", success.Value);
        Assert.Equal("", success.Message);
    }

    [Fact]
    public void OnlyOkCountsAsSuccess()
    {
        Assert.True(Outcome.Ok.Succeeded);
        Assert.All(
            Enum.GetValues<OutcomeKind>().Where(k => k != OutcomeKind.Ok),
            k => Assert.False(new Outcome(k, []).Succeeded));
    }

    [Fact]
    public void AFailNamesTheFieldItBelongsTo()
    {
        var outcome = Outcome.Fail(OutcomeKind.Conflict, "That address already has an account.", "Email");

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal([new OutcomeError("That address already has an account.", "Email")], outcome.Errors);
    }

    [Fact]
    public void TheMessageJoinsEveryErrorInOrder()
    {
        var outcome = Outcome.Invalid([new("Enter your email address.", "Email"), new("Choose a password.", "Password"), new("Choose your generation.")]);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("Enter your email address. Choose a password. Choose your generation.", outcome.Message);
        Assert.Equal(outcome.Message, ((Outcome<int>)outcome).Message);
    }

    [Fact]
    public void ATypedFailureConvertsBackUnchanged()
    {
        var failure = Outcome.Fail(OutcomeKind.Denied, "Only officers can do that.");
        Outcome<int> typed = failure;

        var back = typed.ToOutcome();

        Assert.Equal(failure.Kind, back.Kind);
        Assert.Equal(failure.Errors, back.Errors);
    }
}

using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Members;

/// <summary>
/// Runs one administrative change: a fresh context, one write transaction, and the caller checked as an active
/// Admin before anything else (so a tampered call learns nothing, not even whether its input was valid).
/// The change is saved and committed only when it succeeds.
/// </summary>
public sealed class AdminChanges(IDbContextFactory<ClimbClubDbContext> dbFactory, IStringLocalizer<AdminText> text)
{
    public async Task<Outcome<T>> RunAsync<T>(
        ClaimsPrincipal who, Func<ClimbClubDbContext, ClubActor, Task<Outcome<T>>> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, ClubRole.Admin, cancellationToken);
        if (actor is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["AdminOnly"]);
        }

        var outcome = await change(db, actor);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    public async Task<Outcome> RunAsync(
        ClaimsPrincipal who, Func<ClimbClubDbContext, ClubActor, Task<Outcome>> change, CancellationToken cancellationToken)
    {
        var outcome = await RunAsync<bool>(
            who,
            async (db, actor) => await change(db, actor) is { Succeeded: false } failure ? failure : Outcome.Success(true),
            cancellationToken);
        return outcome.ToOutcome();
    }
}

using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Reference;

/// <summary>Admins keep the colour scale: names, display colours and order. Levels stay 1..N without gaps.</summary>
public sealed class ColourAdminService(
    AdminChanges changes,
    ColourInputValidator validator,
    AuditLog audit,
    IStringLocalizer<AdminText> text)
{
    public Task<Outcome<DifficultyColour>> CreateAsync(ClaimsPrincipal who, ColourInput input, CancellationToken cancellationToken = default) =>
        changes.RunAsync<DifficultyColour>(who, async (db, actor) =>
        {
            if (await CheckAsync(db, input, exceptId: null, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            var colour = new DifficultyColour
            {
                Level = (await db.Colours.MaxAsync(c => (int?)c.Level, cancellationToken) ?? 0) + 1,
                Name = input.Name.Trim(),
                DisplayColor = input.DisplayColor.ToUpperInvariant(),
                Points = input.Points,
            };
            db.Colours.Add(colour);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(db, actor, AuditActions.ColourCreated, "colour", Id(colour), text["AuditColourCreated", colour.Name, colour.Level]);
            return Outcome.Success(colour);
        }, cancellationToken);

    public Task<Outcome<DifficultyColour>> UpdateAsync(ClaimsPrincipal who, int id, ColourInput input, CancellationToken cancellationToken = default) =>
        changes.RunAsync<DifficultyColour>(who, async (db, actor) =>
        {
            if (await CheckAsync(db, input, id, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            var colour = await db.Colours.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (colour is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["ColourNotFound"]);
            }

            var before = Describe(colour);
            colour.Name = input.Name.Trim();
            colour.DisplayColor = input.DisplayColor.ToUpperInvariant();
            colour.Points = input.Points;
            audit.Record(db, actor, AuditActions.ColourUpdated, "colour", Id(colour), text["AuditColourUpdated", before, Describe(colour)]);
            return Outcome.Success(colour);
        }, cancellationToken);

    /// <summary>Swaps a colour with its neighbour one level easier (<paramref name="harder"/> false) or harder.</summary>
    public Task<Outcome> MoveAsync(ClaimsPrincipal who, int id, bool harder, CancellationToken cancellationToken = default) =>
        changes.RunAsync(who, async (db, actor) =>
        {
            var colour = await db.Colours.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (colour is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["ColourNotFound"]);
            }

            var neighbourLevel = colour.Level + (harder ? 1 : -1);
            var neighbour = await db.Colours.SingleOrDefaultAsync(c => c.Level == neighbourLevel, cancellationToken);
            if (neighbour is null)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text[harder ? "ColourAlreadyHardest" : "ColourAlreadyEasiest", colour.Name]);
            }

            // Levels are unique, so the swap goes through a free slot.
            var level = colour.Level;
            colour.Level = 0;
            await db.SaveChangesAsync(cancellationToken);
            neighbour.Level = level;
            await db.SaveChangesAsync(cancellationToken);
            colour.Level = neighbourLevel;
            audit.Record(db, actor, AuditActions.ColourMoved, "colour", Id(colour), text["AuditColourMoved", colour.Name, level, neighbourLevel]);
            return Outcome.Ok;
        }, cancellationToken);

    public Task<Outcome> DeleteAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default) =>
        changes.RunAsync(who, async (db, actor) =>
        {
            var colour = await db.Colours.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (colour is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["ColourNotFound"]);
            }

            var members = await db.Users.CountAsync(u => u.LevelColourId == id, cancellationToken);
            if (members > 0)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["ColourInUse", colour.Name, members]);
            }

            if (await db.Colours.CountAsync(cancellationToken) <= 1)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["LastColour"]);
            }

            db.Colours.Remove(colour);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var harder in await db.Colours.Where(c => c.Level > colour.Level).OrderBy(c => c.Level).ToListAsync(cancellationToken))
            {
                harder.Level--;
                await db.SaveChangesAsync(cancellationToken);
            }

            audit.Record(db, actor, AuditActions.ColourDeleted, "colour", Id(colour), text["AuditColourDeleted", colour.Name]);
            return Outcome.Ok;
        }, cancellationToken);

    /// <summary>The input's own rules, then a name no other colour has.</summary>
    private async Task<Outcome?> CheckAsync(ClimbClubDbContext db, ColourInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var errors = validator.Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var name = input.Name.Trim();
        var names = await db.Colours.Where(c => c.Id != exceptId).Select(c => c.Name).ToListAsync(cancellationToken);
        return names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            ? Outcome.Fail(OutcomeKind.Conflict, text["ColourNameTaken", name], nameof(ColourInput.Name))
            : null;
    }

    private static string Id(DifficultyColour colour) => colour.Id.ToString(CultureInfo.InvariantCulture);

    private static string Describe(DifficultyColour colour) =>
        string.Create(CultureInfo.InvariantCulture, $"{colour.Name} {colour.DisplayColor} {colour.Points} pts");
}

using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Reference;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Reference;

/// <summary>Admins create, change and remove generations. Ranges never overlap and numbers never repeat.</summary>
public sealed class GenerationAdminService(
    AdminChanges changes,
    GenerationInputValidator validator,
    AuditLog audit,
    IStringLocalizer<AdminText> text)
{
    public Task<Outcome<Generation>> CreateAsync(ClaimsPrincipal who, GenerationInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(who, null, input, cancellationToken);

    public Task<Outcome<Generation>> UpdateAsync(ClaimsPrincipal who, int id, GenerationInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(who, id, input, cancellationToken);

    public Task<Outcome> DeleteAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default) =>
        changes.RunAsync(who, async (db, actor) =>
        {
            var generation = await db.Generations.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (generation is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["GenerationNotFound"]);
            }

            var members = await db.Users.CountAsync(u => u.GenerationId == id, cancellationToken);
            if (members > 0)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["GenerationInUse", Formats.Generation(generation.Number), members]);
            }

            db.Generations.Remove(generation);
            audit.Record(db, actor, AuditActions.GenerationDeleted, "generation", Id(generation), text["AuditGenerationDeleted", Formats.Generation(generation.Number)]);
            return Outcome.Ok;
        }, cancellationToken);

    private Task<Outcome<Generation>> SaveAsync(ClaimsPrincipal who, int? id, GenerationInput input, CancellationToken cancellationToken) =>
        changes.RunAsync<Generation>(who, async (db, actor) =>
        {
            var errors = validator.Check(input);
            if (errors.Count > 0)
            {
                return Outcome.Invalid(errors);
            }

            var generation = id is null ? new Generation() : await db.Generations.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (generation is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["GenerationNotFound"]);
            }

            var others = await db.Generations.AsNoTracking().Where(g => g.Id != generation.Id).ToListAsync(cancellationToken);
            if (others.Any(g => g.Number == input.Number))
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["GenerationNumberTaken", Formats.Generation(input.Number)], nameof(GenerationInput.Number));
            }

            var start = input.StartDate!.Value;
            var end = input.EndDate!.Value;
            if (Generations.FirstOverlap(others, start, end) is { } clash)
            {
                return Outcome.Fail(
                    OutcomeKind.Conflict,
                    text["GenerationOverlap", Formats.Generation(clash.Number), Formats.Date(clash.StartDate), Formats.Date(clash.EndDate)],
                    nameof(GenerationInput.StartDate));
            }

            var before = id is null ? null : Describe(generation);
            generation.Number = input.Number;
            generation.StartDate = start;
            generation.EndDate = end;
            generation.ScoringRule = input.ScoringRule;
            if (id is null)
            {
                db.Generations.Add(generation);
                await db.SaveChangesAsync(cancellationToken);
            }

            audit.Record(db, actor, id is null ? AuditActions.GenerationCreated : AuditActions.GenerationUpdated, "generation", Id(generation),
                before is null ? text["AuditGenerationCreated", Describe(generation)] : text["AuditGenerationUpdated", before, Describe(generation)]);
            return Outcome.Success(generation);
        }, cancellationToken);

    private static string Id(Generation generation) => generation.Id.ToString(CultureInfo.InvariantCulture);

    private static string Describe(Generation g) => $"{Formats.Generation(g.Number)} ({Formats.DateRange(g.StartDate, g.EndDate)}, {g.ScoringRule})";
}

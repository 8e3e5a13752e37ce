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

/// <summary>Admins manage the gyms members can call home. At least one gym stays open for new sign-ups.</summary>
public sealed class GymAdminService(
    AdminChanges changes,
    GymInputValidator validator,
    AuditLog audit,
    IStringLocalizer<AdminText> text)
{
    public Task<Outcome<Gym>> CreateAsync(ClaimsPrincipal who, GymInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(who, null, input, cancellationToken);

    public Task<Outcome<Gym>> UpdateAsync(ClaimsPrincipal who, int id, GymInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(who, id, input, cancellationToken);

    public Task<Outcome> DeleteAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default) =>
        changes.RunAsync(who, async (db, actor) =>
        {
            var gym = await db.Gyms.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (gym is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["GymNotFound"]);
            }

            var members = await db.Users.CountAsync(u => u.HomeGymId == id, cancellationToken);
            if (members > 0)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["GymInUse", gym.Name, members]);
            }

            if (gym.IsActive && !await db.Gyms.AnyAsync(g => g.Id != id && g.IsActive, cancellationToken))
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["LastActiveGym", gym.Name]);
            }

            // Logged sessions and the club's schedule keep their gym; a gym with history is closed, not deleted.
            if (await db.Sessions.AnyAsync(s => s.GymId == id, cancellationToken) || await db.RegularSessions.AnyAsync(s => s.GymId == id, cancellationToken))
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["GymHasHistory", gym.Name]);
            }

            db.Gyms.Remove(gym);
            audit.Record(db, actor, AuditActions.GymDeleted, "gym", Id(gym), text["AuditGymDeleted", gym.Name]);
            return Outcome.Ok;
        }, cancellationToken);

    private Task<Outcome<Gym>> SaveAsync(ClaimsPrincipal who, int? id, GymInput input, CancellationToken cancellationToken) =>
        changes.RunAsync<Gym>(who, async (db, actor) =>
        {
            var errors = validator.Check(input);
            if (errors.Count > 0)
            {
                return Outcome.Invalid(errors);
            }

            var gym = id is null ? new Gym() : await db.Gyms.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (gym is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["GymNotFound"]);
            }

            var name = input.Name.Trim();
            var names = await db.Gyms.Where(g => g.Id != gym.Id).Select(g => g.Name).ToListAsync(cancellationToken);
            if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["GymNameTaken", name], nameof(GymInput.Name));
            }

            if (gym.IsActive && !input.IsActive && !await db.Gyms.AnyAsync(g => g.Id != gym.Id && g.IsActive, cancellationToken))
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["LastActiveGym", gym.Name], nameof(GymInput.IsActive));
            }

            var before = id is null ? null : Describe(gym);
            gym.Name = name;
            gym.IsActive = input.IsActive;
            if (id is null)
            {
                db.Gyms.Add(gym);
                await db.SaveChangesAsync(cancellationToken);
            }

            audit.Record(db, actor, id is null ? AuditActions.GymCreated : AuditActions.GymUpdated, "gym", Id(gym),
                before is null ? text["AuditGymCreated", Describe(gym)] : text["AuditGymUpdated", before, Describe(gym)]);
            return Outcome.Success(gym);
        }, cancellationToken);

    private static string Id(Gym gym) => gym.Id.ToString(CultureInfo.InvariantCulture);

    private string Describe(Gym gym) => gym.IsActive ? gym.Name : text["GymClosedName", gym.Name];
}

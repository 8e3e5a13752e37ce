using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.Screen;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Screen;

public sealed record ScreenKeyRow(int Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastSeenAt);

/// <summary>Admins create kiosk links for the gym's TVs and revoke them. A key is shown once, at creation.</summary>
public sealed class ScreenKeyService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    AdminChanges changes,
    ScreenKeyInputValidator validator,
    AuditLog audit,
    TimeProvider time,
    IStringLocalizer<AdminText> text)
{
    public async Task<Outcome<IReadOnlyList<ScreenKeyRow>>> ListAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ClubActor.FindAsync(db, who, ClubRole.Admin, cancellationToken) is null)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["AdminOnly"]);
        }

        IReadOnlyList<ScreenKeyRow> rows = await db.ScreenKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Name)
            .Select(k => new ScreenKeyRow(k.Id, k.Name, k.CreatedAt, k.RevokedAt, k.LastSeenAt))
            .ToListAsync(cancellationToken);
        return Outcome.Success(rows);
    }

    /// <summary>Creates a key and returns it; only its hash is kept, so this is the only time anyone sees it.</summary>
    public Task<Outcome<string>> CreateAsync(ClaimsPrincipal who, ScreenKeyInput input, CancellationToken cancellationToken = default) =>
        changes.RunAsync<string>(who, async (db, actor) =>
        {
            var errors = validator.Check(input);
            if (errors.Count > 0)
            {
                return Outcome.Invalid(errors);
            }

            var key = KioskKeys.Generate();
            var screen = new ScreenKey
            {
                Name = input.Name.Trim(),
                KeyHash = KioskKeys.Hash(key),
                CreatedAt = time.GetUtcNow(),
                CreatedById = actor.Id,
            };
            db.ScreenKeys.Add(screen);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(db, actor, AuditActions.ScreenKeyCreated, "screen-key", Id(screen), text["AuditScreenKeyCreated", screen.Name]);
            return Outcome.Success(key);
        }, cancellationToken);

    public Task<Outcome> RevokeAsync(ClaimsPrincipal who, int id, CancellationToken cancellationToken = default) =>
        changes.RunAsync(who, async (db, actor) =>
        {
            var screen = await db.ScreenKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
            if (screen is null)
            {
                return Outcome.Fail(OutcomeKind.NotFound, text["ScreenKeyNotFound"]);
            }

            if (screen.RevokedAt is not null)
            {
                return Outcome.Ok;
            }

            screen.RevokedAt = time.GetUtcNow();
            audit.Record(db, actor, AuditActions.ScreenKeyRevoked, "screen-key", Id(screen), text["AuditScreenKeyRevoked", screen.Name]);
            return Outcome.Ok;
        }, cancellationToken);

    private static string Id(ScreenKey key) => key.Id.ToString(CultureInfo.InvariantCulture);
}

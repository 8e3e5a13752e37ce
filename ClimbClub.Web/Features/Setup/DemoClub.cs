using Bogus;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Setup;

/// <summary>
/// With --demo, fills the club with sample members (a few officers among them) and a few sign-ups waiting for
/// approval, so a newcomer sees a lived-in club. Demo accounts have no password and cannot sign in.
/// </summary>
internal sealed class DemoClub(
    ClimbClubDbContext db,
    UserManager<ClubMember> users,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoClub> logger)
{
    private static readonly string[] Introductions =
    [
        "Slab lover, crimp hater.",
        "Here for the social sessions and the post-climb tteokbokki.",
        "Working my way up to purple this semester!",
        "Ex-gymnast, still learning to trust my feet.",
        "Overhangs only. Ask me about heel hooks.",
        "New to climbing — say hi if you see me at the wall.",
        "",
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.IsDemo, cancellationToken))
        {
            return;
        }

        var generations = await db.Generations.Select(g => g.Id).ToListAsync(cancellationToken);
        var gyms = await db.Gyms.Where(g => g.IsActive).Select(g => g.Id).ToListAsync(cancellationToken);
        var colours = await db.Colours.OrderBy(c => c.Level).Select(c => c.Id).ToListAsync(cancellationToken);
        var faker = new Faker("ko") { Random = new Randomizer(20240301) };
        var now = time.GetUtcNow();
        var settings = options.Value;

        for (var i = 0; i < settings.Members + settings.PendingSignUps; i++)
        {
            var pending = i >= settings.Members;
            var member = new ClubMember
            {
                UserName = $"demo{i + 1:D3}@demo.climbclub.local",
                Email = $"demo{i + 1:D3}@demo.climbclub.local",
                EmailConfirmed = true,
                DisplayName = faker.Name.LastName() + faker.Name.FirstName(),
                GenerationId = pending ? generations[^1] : faker.PickRandom(generations),
                HomeGymId = faker.PickRandom(gyms),
                LevelColourId = colours[Math.Min(colours.Count - 1, faker.Random.Int(0, 3) + faker.Random.Int(0, 3))],
                Avatar = faker.PickRandom(Avatars.Keys.ToArray()),
                Introduction = faker.PickRandom(Introductions) is { Length: > 0 } intro ? intro : null,
                ApprovalStatus = pending ? ApprovalStatus.Pending : ApprovalStatus.Approved,
                SignedUpAt = now.AddDays(pending ? -faker.Random.Double(0, 3) : -faker.Random.Double(20, 700)),
                IsDemo = true,
            };
            member.DecidedAt = pending ? null : member.SignedUpAt.AddDays(1);

            var created = await users.CreateAsync(member);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create a demo member: {created}");
            }

            var role = pending || i % 10 != 0 ? ClubRoles.Member : ClubRoles.Officer;
            await users.AddToRoleAsync(member, role);
        }

        logger.LogInformation("Seeded {Members} demo members and {Pending} pending sign-ups", settings.Members, settings.PendingSignUps);
    }
}

using System.Security.Cryptography;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.SignUp;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Setup;

/// <summary>
/// Makes sure a club with no admin gets one: from Bootstrap:AdminEmail/AdminPassword when configured, otherwise a
/// generated account whose email and one-time password are printed to the console, once.
/// </summary>
internal sealed class BootstrapAdmin(
    ClimbClubDbContext db,
    UserManager<ClubMember> users,
    IOptions<BootstrapOptions> options,
    TimeProvider time,
    ClubCalendar calendar,
    ILogger<BootstrapAdmin> logger)
{
    private const string GeneratedEmail = "admin@climbclub.local";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var adminRoleId = await db.Roles.Where(r => r.Name == ClubRoles.Admin).Select(r => r.Id).SingleAsync(cancellationToken);
        if (await db.UserRoles.AnyAsync(r => r.RoleId == adminRoleId, cancellationToken))
        {
            return;
        }

        var configured = options.Value;
        var email = EmailAddresses.Normalize(string.IsNullOrWhiteSpace(configured.AdminEmail) ? GeneratedEmail : configured.AdminEmail);
        var generated = string.IsNullOrWhiteSpace(configured.AdminPassword);
        var password = generated ? GeneratePassword() : configured.AdminPassword!;

        var today = calendar.DateOf(time.GetUtcNow());
        var generations = await db.Generations.OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var admin = new ClubMember
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = configured.AdminName,
            GenerationId = (Generations.Current(generations, today) ?? generations[^1]).Id,
            HomeGymId = await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(cancellationToken),
            LevelColourId = await db.Colours.OrderBy(c => c.Level).Select(c => c.Id).FirstAsync(cancellationToken),
            ApprovalStatus = ApprovalStatus.Approved,
            SignedUpAt = time.GetUtcNow(),
            DecidedAt = time.GetUtcNow(),
        };

        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the bootstrap admin from configuration: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(admin, ClubRoles.Admin);
        if (generated)
        {
            // Printed, not logged: the password must not end up in log storage. It is shown only this once.
            Console.WriteLine();
            Console.WriteLine("==========================================================");
            Console.WriteLine(" ClimbClub created the first admin account:");
            Console.WriteLine($"   email:    {email}");
            Console.WriteLine($"   password: {password}");
            Console.WriteLine(" This is shown only once. Sign in and change the password.");
            Console.WriteLine("==========================================================");
            Console.WriteLine();
        }
        else
        {
            logger.LogWarning("Created the bootstrap admin account from configuration");
        }
    }

    /// <summary>A random password that satisfies the club's policy (letters, digits and a symbol).</summary>
    private static string GeneratePassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var chars = Enumerable.Range(0, 14).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToList();
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count), digits[RandomNumberGenerator.GetInt32(digits.Length)]);
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count), digits[RandomNumberGenerator.GetInt32(digits.Length)]);
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count), '-');
        return new string([.. chars]);
    }
}

using System.Security.Claims;
using ClimbClub.Core.Members;
using ClimbClub.Core.Screen;
using ClimbClub.Web.Features.Screen;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClimbClub.Load;

/// <summary>A member the run signs in as.</summary>
internal sealed record LoadMember(string Email, string DisplayName);

/// <summary>
/// The club the run works on: approved members with a password (those who log, and those who only watch the
/// leaderboard), the colour names the log form offers, and a kiosk key for the gym screens.
/// </summary>
internal sealed record LoadClub(IReadOnlyList<LoadMember> Members, IReadOnlyList<LoadMember> Watchers, IReadOnlyList<string> Colours, string ScreenKey)
{
    public const string MemberPassword = "Load-climb-1!";

    /// <summary>
    /// Creates the database in <paramref name="dataFolder"/> with the app's own start-up (migrations, bootstrap admin,
    /// gyms, colours), adds approved members through Identity, as if they had signed up and been approved, and has
    /// the admin create a kiosk key.
    /// </summary>
    public static async Task<LoadClub> SeedAsync(string dataFolder, int count, int watchers)
    {
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:DataFolder", dataFolder);
            builder.UseSetting("Bootstrap:AdminEmail", PublishedApp.AdminEmail);
            builder.UseSetting("Bootstrap:AdminPassword", PublishedApp.AdminPassword);
            builder.ConfigureLogging(logging => logging.ClearProviders());
        });
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClimbClubDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClubMember>>();
        var generation = await db.Generations.OrderByDescending(g => g.Number).Select(g => g.Id).FirstAsync();
        var gyms = await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).ToListAsync();
        var colours = await db.Colours.OrderBy(c => c.Level).Select(c => new { c.Id, c.Name }).ToListAsync();

        var members = new List<LoadMember>();
        for (var i = 1; i <= count + watchers; i++)
        {
            var name = i <= count ? $"climber{i:D3}" : $"watcher{i - count:D3}";
            var member = new ClubMember
            {
                UserName = $"{name}@load.test",
                Email = $"{name}@load.test",
                EmailConfirmed = true,
                DisplayName = name,
                GenerationId = generation,
                HomeGymId = gyms[i % gyms.Count],
                LevelColourId = colours[i % (colours.Count / 2)].Id,
                ApprovalStatus = ApprovalStatus.Approved,
                SignedUpAt = DateTimeOffset.UtcNow,
            };
            var created = await users.CreateAsync(member, MemberPassword);
            if (!created.Succeeded || !(await users.AddToRoleAsync(member, ClubRoles.Member)).Succeeded)
            {
                throw new InvalidOperationException($"Could not create {member.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            members.Add(new LoadMember(member.Email, member.DisplayName));
        }

        var admin = await db.Users.Where(u => u.Email == PublishedApp.AdminEmail).Select(u => u.Id).SingleAsync();
        var key = await scope.ServiceProvider.GetRequiredService<ScreenKeyService>().CreateAsync(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, admin)], "Load")), new ScreenKeyInput { Name = "Load test TV" });
        if (!key.Succeeded || key.Value is null)
        {
            throw new InvalidOperationException($"Could not create a screen key: {key.Message}");
        }

        return new LoadClub(members[..count], members[count..], [.. colours.Select(c => c.Name)], key.Value);
    }
}

using System.Globalization;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Time;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>
/// Many climbers at once, for boards longer than a page shows. They are written in one go (approved members without
/// passwords, who never sign in, and one session each early today, as <see cref="Climbs.LogSessionAsync"/> logs it:
/// one point per problem), and the ranking job then ranks them like anyone else.
/// </summary>
internal static class LongBoards
{
    /// <summary>Adds <paramref name="count"/> climbers named "Climber 001" onwards; climber i solves <paramref name="problems"/>(i) problems.</summary>
    public static async Task AddClimbersAsync(this ClimbClubApp app, int count, Func<int, int> problems)
    {
        await using var scope = app.Scope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ClimbClubDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var clubNow = services.GetRequiredService<ClubCalendar>().ToClubTime(now);
        var day = DateOnly.FromDateTime(clubNow.DateTime).AddDays(clubNow.Hour == 0 ? -1 : 0);
        var colour = await db.Colours.OrderBy(c => c.Level).FirstAsync();
        var generationId = await db.Generations.OrderByDescending(g => g.Number).Select(g => g.Id).FirstAsync();
        var gymId = await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        for (var i = 1; i <= count; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"climber{i:D3}@long.test");
            var member = new ClubMember
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                DisplayName = string.Create(CultureInfo.InvariantCulture, $"Climber {i:D3}"),
                GenerationId = generationId,
                HomeGymId = gymId,
                LevelColourId = colour.Id,
                ApprovalStatus = ApprovalStatus.Approved,
                SignedUpAt = now,
                DecidedAt = now,
            };
            db.Users.Add(member);
            db.Sessions.Add(new Session
            {
                MemberId = member.Id,
                Date = day,
                Start = new TimeOnly(0, 0),
                End = new TimeOnly(0, 1),
                GymId = gymId,
                MemberLevel = colour.Level,
                CreatedAt = now,
                UpdatedAt = now,
                Lines = [new SessionLine { ColourId = colour.Id, ColourLevel = colour.Level, Count = problems(i) }],
            });
        }

        await db.SaveChangesAsync();
    }
}

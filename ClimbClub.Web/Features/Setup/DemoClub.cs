using Bogus;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Ranking;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Setup;

/// <summary>
/// With --demo, fills the club with sample members (a few officers among them), their last ten weeks of sessions,
/// a weekly session schedule with the members' attendance so far, and a few sign-ups waiting for approval, so a
/// newcomer sees a lived-in club with full boards.
/// Demo accounts have no password and cannot sign in.
/// </summary>
internal sealed class DemoClub(
    ClimbClubDbContext db,
    UserManager<ClubMember> users,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ClubCalendar calendar,
    ILogger<DemoClub> logger)
{
    private const int WeeksOfHistory = 10;

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
        var colourLevels = await db.Colours.OrderBy(c => c.Level).Select(c => new { c.Id, c.Level }).ToListAsync(cancellationToken);
        var colours = colourLevels.Select(c => c.Id).ToList();
        var faker = new Faker("ko") { Random = new Randomizer(20240301) };
        var now = time.GetUtcNow();
        var settings = options.Value;
        var members = new List<ClubMember>();

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
            if (!pending)
            {
                members.Add(member);
                var level = colourLevels.Single(c => c.Id == member.LevelColourId).Level;
                db.Sessions.AddRange(Sessions(faker, member, level, colourLevels.Select(c => (c.Id, c.Level)).ToList(), gyms, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await AttendanceAsync(faker, members, gyms, now, cancellationToken);
        logger.LogInformation("Seeded {Members} demo members with sessions and {Pending} pending sign-ups", settings.Members, settings.PendingSignUps);
    }

    /// <summary>
    /// Wednesday evenings and Saturday afternoons in the current generation, and each member's attendance in the weeks
    /// of it that have ended: mostly present, sometimes late or absent, now and then at the other gym.
    /// </summary>
    private async Task AttendanceAsync(Faker faker, List<ClubMember> members, List<int> gyms, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var generations = await db.Generations.AsNoTracking().ToListAsync(cancellationToken);
        var today = calendar.DateOf(now);
        if (Generations.Current(generations, today) is not { } generation || await db.RegularSessions.AnyAsync(cancellationToken))
        {
            return;
        }

        RegularSession[] schedule =
        [
            new() { GenerationId = generation.Id, Weekday = DayOfWeek.Wednesday, GymId = gyms[0], Start = new TimeOnly(19, 0) },
            new() { GenerationId = generation.Id, Weekday = DayOfWeek.Saturday, GymId = gyms[^1], Start = new TimeOnly(14, 0) },
        ];
        db.RegularSessions.AddRange(schedule);
        await db.SaveChangesAsync(cancellationToken);

        var thisWeek = ClubWeeks.Of(today, generations);
        var from = thisWeek.Start.AddDays(-7 * WeeksOfHistory);
        var weeks = ClubWeeks.Between(from < generation.StartDate ? generation.StartDate : from, thisWeek.Start.AddDays(-1), generations)
            .Where(w => w.GenerationId == generation.Id)
            .ToList();
        foreach (var member in members)
        {
            var alternates = 0;
            foreach (var week in weeks.Where(w => w.End >= calendar.DateOf(member.DecidedAt!.Value)))
            {
                var session = faker.PickRandom(schedule);
                var alternate = session.GymId != member.HomeGymId;
                if (alternate && alternates == AttendanceRules.AlternatesPerGeneration)
                {
                    continue;
                }

                var roll = faker.Random.Double();
                var status = roll < 0.7 ? AttendanceStatus.Present : roll < 0.85 ? AttendanceStatus.Late : AttendanceStatus.Absent;
                var day = week.Start.AddDays(((int)session.Weekday - (int)week.Start.DayOfWeek + 7) % 7);
                alternates += status != AttendanceStatus.Absent && alternate ? 1 : 0;
                db.AttendanceRecords.Add(new AttendanceRecord
                {
                    MemberId = member.Id,
                    GenerationId = generation.Id,
                    WeekNumber = week.Number,
                    WeekStart = week.Start,
                    Status = status,
                    Source = status == AttendanceStatus.Absent ? AttendanceSource.Nightly : AttendanceSource.QrCode,
                    IsAlternate = status != AttendanceStatus.Absent && alternate,
                    RegularSessionId = status == AttendanceStatus.Absent ? null : session.Id,
                    SessionDate = status == AttendanceStatus.Absent ? null : day,
                    RecordedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Zero to three evening sessions a week around the member's level, none in the future.</summary>
    private IEnumerable<Session> Sessions(Faker faker, ClubMember member, int level, List<(int Id, int Level)> colours, List<int> gyms, DateTimeOffset now)
    {
        var today = calendar.DateOf(now);
        var days = Enumerable.Range(1, WeeksOfHistory * 7)
            .Where(_ => faker.Random.Double() < 0.22)
            .Select(back => today.AddDays(-back));
        foreach (var day in days)
        {
            var start = new TimeOnly(faker.Random.Int(17, 20), faker.PickRandom(0, 15, 30, 45));
            var lines = colours
                .Where(c => c.Level >= level - 2 && c.Level <= level + 1)
                .Where(_ => faker.Random.Double() < 0.7)
                .Select(c => new SessionLine { ColourId = c.Id, ColourLevel = c.Level, Count = faker.Random.Int(1, c.Level > level ? 3 : 8) })
                .ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            yield return new Session
            {
                MemberId = member.Id,
                Date = day,
                Start = start,
                End = start.AddMinutes(faker.Random.Int(60, 180)),
                GymId = faker.Random.Double() < 0.8 ? member.HomeGymId : faker.PickRandom(gyms),
                MemberLevel = level,
                CreatedAt = now,
                UpdatedAt = now,
                Lines = lines,
            };
        }
    }
}

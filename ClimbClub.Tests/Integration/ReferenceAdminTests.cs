using System.Globalization;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Scoring;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>The admin's reference data: generations, gyms and the colour scale, through the services the pages call.</summary>
public sealed class ReferenceAdminTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    [Fact]
    public async Task AGenerationThatOverlapsAnotherIsRefusedNamingTheOne()
    {
        var current = await GenerationAsync(12);
        var before = await ClubState.SnapshotAsync(app);
        var createdBefore = await ClubState.AuditCountAsync(app, AuditActions.GenerationCreated);
        var input = new GenerationInput { Number = 13, StartDate = current.EndDate.AddDays(-10), EndDate = current.EndDate.AddDays(300) };

        var outcome = await AsAdminAsync<GenerationAdminService, Outcome<Generation>>((g, admin) => g.CreateAsync(admin, input));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"These dates overlap Gen 12 ({current.StartDate:yyyy-MM-dd} – {current.EndDate:yyyy-MM-dd})."),
            outcome.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));

        var next = new GenerationInput { Number = 13, StartDate = current.EndDate.AddDays(1), EndDate = current.EndDate.AddDays(365) };
        var created = await AsAdminAsync<GenerationAdminService, Outcome<Generation>>((g, admin) => g.CreateAsync(admin, next));
        Assert.True(created.Succeeded, created.Message);
        Assert.Equal(createdBefore + 1, await ClubState.AuditCountAsync(app, AuditActions.GenerationCreated));
    }

    [Fact]
    public async Task AGenerationNumberIsUsedOnlyOnce()
    {
        var before = await ClubState.SnapshotAsync(app);
        var input = new GenerationInput { Number = 11, StartDate = new DateOnly(2080, 3, 1), EndDate = new DateOnly(2081, 2, 28) };

        var outcome = await AsAdminAsync<GenerationAdminService, Outcome<Generation>>((g, admin) => g.CreateAsync(admin, input));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal("Gen 11 already exists.", outcome.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Fact]
    public async Task AnAdminSwitchesAGenerationToColourPointsAndTheChangeIsRecorded()
    {
        var tenth = await GenerationAsync(10);
        var input = new GenerationInput
        {
            Number = 10, StartDate = tenth.StartDate, EndDate = tenth.EndDate, ScoringRule = ScoringRuleKind.PointsPerColour,
        };

        var outcome = await AsAdminAsync<GenerationAdminService, Outcome<Generation>>((g, admin) => g.UpdateAsync(admin, tenth.Id, input));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(ScoringRuleKind.PointsPerColour, (await GenerationAsync(10)).ScoringRule);
        var summary = (await LatestAuditAsync(AuditActions.GenerationUpdated)).Summary;
        Assert.StartsWith("changed Gen 10 (", summary, StringComparison.Ordinal);
        Assert.Contains("PointsPerColour", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGenerationWithMembersCannotBeDeletedButAnEmptyOneCan()
    {
        var withMembers = await app.WithDbAsync(db => db.Generations.AsNoTracking()
            .Where(g => db.Users.Any(u => u.GenerationId == g.Id)).OrderBy(g => g.Number).FirstAsync());
        var members = await app.WithDbAsync(db => db.Users.CountAsync(u => u.GenerationId == withMembers.Id));
        var createdEmpty = await AsAdminAsync<GenerationAdminService, Outcome<Generation>>((g, admin) => g.CreateAsync(
            admin, new GenerationInput { Number = 40, StartDate = new DateOnly(2095, 3, 1), EndDate = new DateOnly(2096, 2, 28) }));
        Assert.True(createdEmpty.Succeeded, createdEmpty.Message);
        var empty = createdEmpty.Value!;
        var before = await ClubState.SnapshotAsync(app);

        var refused = await AsAdminAsync<GenerationAdminService, Outcome>((g, admin) => g.DeleteAsync(admin, withMembers.Id));

        Assert.Equal(OutcomeKind.Conflict, refused.Kind);
        Assert.Equal($"Gen {withMembers.Number} cannot be deleted: it still has members ({members}).", refused.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));

        var deleted = await AsAdminAsync<GenerationAdminService, Outcome>((g, admin) => g.DeleteAsync(admin, empty.Id));
        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.False(await app.WithDbAsync(db => db.Generations.AnyAsync(g => g.Id == empty.Id)));
        Assert.Equal("deleted Gen 40", (await LatestAuditAsync(AuditActions.GenerationDeleted)).Summary);
    }

    [Fact]
    public async Task AGymNameIsUsedOnlyOnceWhateverTheCase()
    {
        var existing = await app.WithDbAsync(db => db.Gyms.OrderBy(g => g.Id).Select(g => g.Name).FirstAsync());
        var before = await ClubState.SnapshotAsync(app);

        var outcome = await AsAdminAsync<GymAdminService, Outcome<Gym>>((g, admin) => g.CreateAsync(admin, new GymInput { Name = $"  {existing.ToUpperInvariant()} " }));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal($"There is already a gym called {existing.ToUpperInvariant()}.", outcome.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Fact]
    public async Task TheLastOpenGymCannotBeClosedOrDeletedAndAGymWithMembersCannotBeDeleted()
    {
        await using var club = new ClimbClubApp();
        var admin = ClimbClubApp.PrincipalOf(await club.AdminIdAsync());
        var home = await club.WithDbAsync(db => db.Gyms.AsNoTracking().SingleAsync(g => db.Users.Any(u => u.HomeGymId == g.Id)));
        var created = await CallAsync<GymAdminService, Outcome<Gym>>(club, g => g.CreateAsync(admin, new GymInput { Name = "Summit Wall" }));
        Assert.True(created.Succeeded, created.Message);
        var summit = created.Value!;

        var inUse = await CallAsync<GymAdminService, Outcome>(club, g => g.DeleteAsync(admin, home.Id));
        Assert.Equal(OutcomeKind.Conflict, inUse.Kind);
        Assert.Equal($"{home.Name} cannot be deleted: it is still a home gym (members: 1). Close it instead.", inUse.Message);

        foreach (var other in await club.WithDbAsync(db => db.Gyms.AsNoTracking().Where(g => g.Id != summit.Id).ToListAsync()))
        {
            var closed = await CallAsync<GymAdminService, Outcome<Gym>>(club, g => g.UpdateAsync(admin, other.Id, new GymInput { Name = other.Name, IsActive = false }));
            Assert.True(closed.Succeeded, closed.Message);
        }

        var before = await ClubState.SnapshotAsync(club);
        var closeLast = await CallAsync<GymAdminService, Outcome<Gym>>(club, g => g.UpdateAsync(admin, summit.Id, new GymInput { Name = summit.Name, IsActive = false }));
        var deleteLast = await CallAsync<GymAdminService, Outcome>(club, g => g.DeleteAsync(admin, summit.Id));

        Assert.Equal(OutcomeKind.Conflict, closeLast.Kind);
        Assert.Equal("Summit Wall is the only open gym. Open another gym first.", closeLast.Message);
        Assert.Equal(OutcomeKind.Conflict, deleteLast.Kind);
        Assert.Equal("Summit Wall is the only open gym. Open another gym first.", deleteLast.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(club));

        var emptyClosed = await club.WithDbAsync(db => db.Gyms.AsNoTracking().FirstAsync(g => !g.IsActive && !db.Users.Any(u => u.HomeGymId == g.Id)));
        var deleteClosed = await CallAsync<GymAdminService, Outcome>(club, g => g.DeleteAsync(admin, emptyClosed.Id));
        Assert.True(deleteClosed.Succeeded, deleteClosed.Message);
    }

    [Fact]
    public async Task AGymOnTheSessionScheduleIsClosedNotDeleted()
    {
        await using var club = new ClimbClubApp();
        var admin = ClimbClubApp.PrincipalOf(await club.AdminIdAsync());
        var barn = (await CallAsync<GymAdminService, Outcome<Gym>>(club, g => g.CreateAsync(admin, new GymInput { Name = "Boulder Barn" }))).Value!;
        var generationId = await club.WithDbAsync(db => db.Generations.OrderByDescending(g => g.Number).Select(g => g.Id).FirstAsync());
        var scheduled = await CallAsync<ScheduleService, Outcome<int>>(club, s => s.AddSessionAsync(
            admin, new RegularSessionInput { GenerationId = generationId, Weekday = DayOfWeek.Friday, GymId = barn.Id, Start = new TimeOnly(19, 0) }));
        Assert.True(scheduled.Succeeded, scheduled.Message);
        var before = await ClubState.SnapshotAsync(club);

        var deleted = await CallAsync<GymAdminService, Outcome>(club, g => g.DeleteAsync(admin, barn.Id));

        Assert.Equal((OutcomeKind.Conflict, "Boulder Barn cannot be deleted: sessions were logged or scheduled there. Close it instead."), (deleted.Kind, deleted.Message));
        Assert.Equal(before, await ClubState.SnapshotAsync(club));
    }

    [Fact]
    public async Task ANewColourGoesAtTheHardestEnd()
    {
        var hardest = await app.WithDbAsync(db => db.Colours.MaxAsync(c => c.Level));

        var outcome = await AsAdminAsync<ColourAdminService, Outcome<DifficultyColour>>((c, admin) => c.CreateAsync(admin, new ColourInput { Name = "Pink", DisplayColor = "#ff69b4" }));

        Assert.True(outcome.Succeeded, outcome.Message);
        var pink = await app.WithDbAsync(db => db.Colours.AsNoTracking().SingleAsync(c => c.Name == "Pink"));
        Assert.Equal((hardest + 1, "#FF69B4"), (pink.Level, pink.DisplayColor));
        Assert.Equal($"added Pink at level {hardest + 1}", (await LatestAuditAsync(AuditActions.ColourCreated)).Summary);
        await AssertLevelsAreOneToNAsync();
    }

    [Fact]
    public async Task MovingAColourSwapsItWithItsNeighbour()
    {
        var scale = await ScaleAsync();
        var second = scale[1];
        var third = scale[2];

        var harder = await AsAdminAsync<ColourAdminService, Outcome>((c, admin) => c.MoveAsync(admin, second.Id, harder: true));

        Assert.True(harder.Succeeded, harder.Message);
        var moved = await ScaleAsync();
        Assert.Equal(new[] { scale[0].Id, third.Id, second.Id }, moved.Take(3).Select(c => c.Id));
        Assert.Equal(scale.Skip(3).Select(c => (c.Id, c.Level)), moved.Skip(3).Select(c => (c.Id, c.Level)));
        Assert.Equal($"moved {second.Name} from level 2 to 3", (await LatestAuditAsync(AuditActions.ColourMoved)).Summary);

        var back = await AsAdminAsync<ColourAdminService, Outcome>((c, admin) => c.MoveAsync(admin, second.Id, harder: false));
        Assert.True(back.Succeeded, back.Message);
        Assert.Equal(scale.Select(c => (c.Id, c.Level)), (await ScaleAsync()).Select(c => (c.Id, c.Level)));

        var before = await ClubState.SnapshotAsync(app);
        var pastTheEnd = await AsAdminAsync<ColourAdminService, Outcome>((c, admin) => c.MoveAsync(admin, scale[0].Id, harder: false));
        Assert.Equal(OutcomeKind.Conflict, pastTheEnd.Kind);
        Assert.Equal($"{scale[0].Name} is already the easiest colour.", pastTheEnd.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Fact]
    public async Task DeletingAColourClosesTheGapInTheLevels()
    {
        var scale = await ScaleAsync();
        var victim = await app.WithDbAsync(db => db.Colours.AsNoTracking()
            .Where(c => c.Level > 1 && !db.Users.Any(u => u.LevelColourId == c.Id)).OrderBy(c => c.Level).FirstAsync());
        Assert.True(victim.Level < scale.Count);

        var outcome = await AsAdminAsync<ColourAdminService, Outcome>((c, admin) => c.DeleteAsync(admin, victim.Id));

        Assert.True(outcome.Succeeded, outcome.Message);
        var after = await ScaleAsync();
        Assert.Equal(scale.Where(c => c.Id != victim.Id).Select(c => c.Id), after.Select(c => c.Id));
        await AssertLevelsAreOneToNAsync();
        Assert.Equal($"deleted {victim.Name}", (await LatestAuditAsync(AuditActions.ColourDeleted)).Summary);
    }

    [Fact]
    public async Task AColourSomeoneClimbsAtCannotBeDeleted()
    {
        var used = await app.WithDbAsync(db => db.Colours.AsNoTracking().FirstAsync(c => db.Users.Any(u => u.LevelColourId == c.Id)));
        var members = await app.WithDbAsync(db => db.Users.CountAsync(u => u.LevelColourId == used.Id));
        var before = await ClubState.SnapshotAsync(app);

        var outcome = await AsAdminAsync<ColourAdminService, Outcome>((c, admin) => c.DeleteAsync(admin, used.Id));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal($"{used.Name} cannot be deleted: it is still a member's level (members: {members}).", outcome.Message);
        Assert.Equal(before, await ClubState.SnapshotAsync(app));
    }

    [Fact]
    public async Task TheAdminPageAndTheApplicantsPickerListGenerationsByNumberNotAlphabetically()
    {
        await using var club = new ClimbClubApp();
        var admin = ClimbClubApp.PrincipalOf(await club.AdminIdAsync());
        foreach (var (number, year) in new[] { (2, 2001), (9, 2008) })
        {
            var input = new GenerationInput
            {
                Number = number, StartDate = new DateOnly(year, 3, 1), EndDate = new DateOnly(year + 1, 2, 28),
            };
            var created = await CallAsync<GenerationAdminService, Outcome<Generation>>(club, g => g.CreateAsync(admin, input));
            Assert.True(created.Succeeded, created.Message);
        }

        await club.CreateMemberAsync("picker@uni.test", status: ApprovalStatus.Pending);
        using var adminVisitor = await club.SignedInVisitorAsync(ClimbClubApp.AdminEmail, ClimbClubApp.AdminPassword);
        using var applicant = await club.SignedInVisitorAsync("picker@uni.test");

        var adminPage = await adminVisitor.GetPageAsync("/admin/generations");
        var pendingPage = await applicant.GetPageAsync("/Account/Pending");

        string[] newestFirst = ["Gen 12", "Gen 11", "Gen 10", "Gen 9", "Gen 2"];
        Assert.Equal(newestFirst, adminPage.QuerySelectorAll("[data-testid=generation-row] strong").Select(n => n.TextContent));
        Assert.Equal(newestFirst, pendingPage.QuerySelectorAll("#generation option:not([value='0'])").Select(o => o.TextContent));
    }

    private async Task<TResult> AsAdminAsync<TService, TResult>(Func<TService, ClaimsPrincipal, Task<TResult>> call)
        where TService : notnull
    {
        var admin = ClimbClubApp.PrincipalOf(await app.AdminIdAsync());
        return await CallAsync<TService, TResult>(app, s => call(s, admin));
    }

    private static async Task<TResult> CallAsync<TService, TResult>(ClimbClubApp club, Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = club.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<Generation> GenerationAsync(int number) =>
        app.WithDbAsync(db => db.Generations.AsNoTracking().SingleAsync(g => g.Number == number));

    private Task<List<DifficultyColour>> ScaleAsync() =>
        app.WithDbAsync(db => db.Colours.AsNoTracking().OrderBy(c => c.Level).ToListAsync());

    private async Task AssertLevelsAreOneToNAsync()
    {
        var levels = (await ScaleAsync()).Select(c => c.Level).ToList();
        Assert.Equal(Enumerable.Range(1, levels.Count), levels);
    }

    private Task<Web.Data.AuditEntry> LatestAuditAsync(string action) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderByDescending(e => e.Id).FirstAsync());
}

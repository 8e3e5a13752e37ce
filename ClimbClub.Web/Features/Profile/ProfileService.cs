using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Time;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.Profile;

/// <summary>A member's place on a stored board: rank among how many, and the points.</summary>
public sealed record Standing(int Rank, int Of, decimal Points);

/// <summary>What any member may see of another: no email, no sessions, no private settings.</summary>
public sealed record PublicProfile(
    string MemberId,
    string DisplayName,
    string Avatar,
    ClubRole Role,
    int GenerationNumber,
    string HomeGym,
    string Level,
    string LevelColor,
    string? Introduction,
    DateTimeOffset? MemberSince,
    int? CurrentGenerationNumber,
    Standing? GenerationStanding,
    Standing? AllTimeStanding,
    bool IsMe);

/// <summary>The member's own profile: the public part plus what only they see, and the details as the edit form holds them.</summary>
public sealed record MyProfile(PublicProfile Public, string Email, bool HiddenFromScreen, MemberDetails Details);

/// <summary>The choices the profile form offers: open gyms (and the member's own, even if it has closed) and the colour scale.</summary>
public sealed record ProfileChoices(IReadOnlyList<Generation> Generations, IReadOnlyList<Gym> Gyms, IReadOnlyList<DifficultyColour> Colours);

/// <summary>
/// Member profiles: the caller's own (read and edit all but role and generation) and the public part of any
/// approved, active member's. Who asks is checked in the database on every call.
/// </summary>
public sealed class ProfileService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClubCalendar calendar,
    TimeProvider time,
    MemberDetailsValidator validator,
    IStringLocalizer<ProfileText> text)
{
    public async Task<Outcome<MyProfile>> MineAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Denied();
        }

        // Null only when the member left the club a moment ago.
        var card = await CardAsync(db, actor.Id, cancellationToken);
        if (card is null)
        {
            return Denied();
        }

        var profile = await PublicAsync(db, actor, card, cancellationToken);
        var details = new MemberDetails
        {
            DisplayName = card.DisplayName,
            GenerationId = card.GenerationId,
            HomeGymId = card.HomeGymId,
            LevelColourId = card.LevelColourId,
            Avatar = card.Avatar,
            Introduction = card.Introduction,
        };
        return Outcome.Success(new MyProfile(profile, card.Email ?? "", card.HiddenFromScreen, details));
    }

    /// <summary>The public profile of <paramref name="memberId"/>; members who are not (or no longer) in the club are not found.</summary>
    public async Task<Outcome<PublicProfile>> ForAsync(ClaimsPrincipal who, string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Denied();
        }

        var card = string.IsNullOrEmpty(memberId) || memberId.Length > 64 ? null : await CardAsync(db, memberId, cancellationToken);
        return card is null ? Outcome.Fail(OutcomeKind.NotFound, text["NoSuchMember"]) : Outcome.Success(await PublicAsync(db, actor, card, cancellationToken));
    }

    public async Task<Outcome<ProfileChoices>> ChoicesAsync(ClaimsPrincipal who, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Denied();
        }

        var homeGymId = await db.Users.Where(u => u.Id == actor.Id).Select(u => u.HomeGymId).SingleAsync(cancellationToken);
        var generations = await db.Generations.AsNoTracking().OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var gyms = await db.Gyms.AsNoTracking().Where(g => g.IsActive || g.Id == homeGymId).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var colours = await db.Colours.AsNoTracking().OrderBy(c => c.Level).ToListAsync(cancellationToken);
        return Outcome.Success(new ProfileChoices(generations, gyms, colours));
    }

    /// <summary>
    /// Saves the member's own details. The generation is the club's to set, so a request that changes it is refused;
    /// a home gym that has closed may be kept but not newly chosen. Sessions already logged keep their level.
    /// </summary>
    public async Task<Outcome> UpdateAsync(ClaimsPrincipal who, MemberDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await ClubActor.FindAsync(db, who, cancellationToken);
        if (actor is null)
        {
            return Denied();
        }

        var errors = validator.Check(details);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var member = await db.Users.SingleAsync(u => u.Id == actor.Id, cancellationToken);
        if (details.GenerationId != member.GenerationId)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["GenerationIsTheClubs"], nameof(MemberDetails.GenerationId));
        }

        var referenceErrors = new List<OutcomeError>();
        if (!await db.Gyms.AnyAsync(g => g.Id == details.HomeGymId && (g.IsActive || g.Id == member.HomeGymId), cancellationToken))
        {
            referenceErrors.Add(new(text["UnknownGym"], nameof(MemberDetails.HomeGymId)));
        }

        if (!await db.Colours.AnyAsync(c => c.Id == details.LevelColourId, cancellationToken))
        {
            referenceErrors.Add(new(text["UnknownLevel"], nameof(MemberDetails.LevelColourId)));
        }

        if (referenceErrors.Count > 0)
        {
            return Outcome.Invalid(referenceErrors);
        }

        member.DisplayName = details.DisplayName.Trim();
        member.HomeGymId = details.HomeGymId;
        member.LevelColourId = details.LevelColourId;
        member.Avatar = details.Avatar;
        member.Introduction = string.IsNullOrWhiteSpace(details.Introduction) ? null : details.Introduction.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    /// <summary>An approved, active member's row with the names it refers to, in one statement; null for anyone else.</summary>
    private static Task<Card?> CardAsync(ClimbClubDbContext db, string memberId, CancellationToken cancellationToken) => (
        from u in db.Users.AsNoTracking()
        where u.Id == memberId && u.IsActive && u.ApprovalStatus == ApprovalStatus.Approved
        join g in db.Generations on u.GenerationId equals g.Id
        join gym in db.Gyms on u.HomeGymId equals gym.Id
        join c in db.Colours on u.LevelColourId equals c.Id
        select new Card(
            u.Id, u.DisplayName, u.Avatar, g.Number, gym.Name, c.Name, c.DisplayColor, u.Introduction, u.DecidedAt,
            u.Email, u.HiddenFromScreen, u.GenerationId, u.HomeGymId, u.LevelColourId))
        .SingleOrDefaultAsync(cancellationToken);

    private async Task<PublicProfile> PublicAsync(ClimbClubDbContext db, ClubActor actor, Card card, CancellationToken cancellationToken)
    {
        var isMe = card.Id == actor.Id;
        var role = isMe ? actor.Role : await ClubActor.RoleOfAsync(db, card.Id, cancellationToken);
        var generations = await db.Generations.AsNoTracking().OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var current = Generations.CurrentOrLatest(generations, calendar.DateOf(time.GetUtcNow()));
        var generationStanding = current is null
            ? null
            : await Standings.OfAsync(db, db.GenerationScores.Where(s => s.GenerationId == current.Id), card.Id, cancellationToken);
        var allTimeStanding = await Standings.OfAsync(db, db.AllTimeScores, card.Id, cancellationToken);
        return new PublicProfile(
            card.Id, card.DisplayName, card.Avatar, role, card.GenerationNumber, card.HomeGym, card.Level, card.DisplayColor, card.Introduction,
            card.DecidedAt, current?.Number, generationStanding, allTimeStanding, isMe);
    }

    private Outcome Denied() => Outcome.Fail(OutcomeKind.Denied, text["MembersOnly"]);

    /// <summary>What the profile pages read of a member; the private part leaves this service only in the member's own profile.</summary>
    private sealed record Card(
        string Id,
        string DisplayName,
        string Avatar,
        int GenerationNumber,
        string HomeGym,
        string Level,
        string DisplayColor,
        string? Introduction,
        DateTimeOffset? DecidedAt,
        string? Email,
        bool HiddenFromScreen,
        int GenerationId,
        int HomeGymId,
        int LevelColourId);
}

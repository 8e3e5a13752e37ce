using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using ClimbClub.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.SignUp;

/// <summary>Checks that the generation, gym and colour a member picked exist (and the gym is open), then copies the details.</summary>
internal static class ReferenceChecks
{
    public static async Task<IReadOnlyList<OutcomeError>> CheckAsync(
        ClimbClubDbContext db, MemberDetails details, IStringLocalizer<AccountText> text, CancellationToken cancellationToken)
    {
        var errors = new List<OutcomeError>();
        if (!await db.Generations.AnyAsync(g => g.Id == details.GenerationId, cancellationToken))
        {
            errors.Add(new(text["UnknownGeneration"], nameof(MemberDetails.GenerationId)));
        }

        if (!await db.Gyms.AnyAsync(g => g.Id == details.HomeGymId && g.IsActive, cancellationToken))
        {
            errors.Add(new(text["UnknownGym"], nameof(MemberDetails.HomeGymId)));
        }

        if (!await db.Colours.AnyAsync(c => c.Id == details.LevelColourId, cancellationToken))
        {
            errors.Add(new(text["UnknownLevel"], nameof(MemberDetails.LevelColourId)));
        }

        return errors;
    }

    public static void Apply(MemberDetails details, ClubMember member)
    {
        member.DisplayName = details.DisplayName.Trim();
        member.GenerationId = details.GenerationId;
        member.HomeGymId = details.HomeGymId;
        member.LevelColourId = details.LevelColourId;
        member.Avatar = details.Avatar;
        member.Introduction = string.IsNullOrWhiteSpace(details.Introduction) ? null : details.Introduction.Trim();
    }
}

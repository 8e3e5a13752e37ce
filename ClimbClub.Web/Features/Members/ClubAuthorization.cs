using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Members;

/// <summary>Claims the club adds to a signed-in member's cookie.</summary>
public static class ClubClaims
{
    public const string Approval = "climbclub:approval";
    public const string DisplayName = "climbclub:name";
    public const string Avatar = "climbclub:avatar";
}

/// <summary>Authorization policies. Pages use these names; services re-check against the database.</summary>
public static class ClubPolicies
{
    public const string Member = "ApprovedMember";
    public const string Officer = "Officer";
    public const string Admin = "Admin";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser()
            .RequireClaim(ClubClaims.Approval, nameof(ApprovalStatus.Approved)));
        options.AddPolicy(Officer, p => p.RequireAuthenticatedUser()
            .RequireClaim(ClubClaims.Approval, nameof(ApprovalStatus.Approved))
            .RequireRole(ClubRoles.Officer, ClubRoles.Admin));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser()
            .RequireClaim(ClubClaims.Approval, nameof(ApprovalStatus.Approved))
            .RequireRole(ClubRoles.Admin));
    }
}

/// <summary>Adds the approval state and display name to the principal, so pages can gate and greet without a query.</summary>
internal sealed class ClubClaimsPrincipalFactory(
    UserManager<ClubMember> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ClubMember, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<System.Security.Claims.ClaimsIdentity> GenerateClaimsAsync(ClubMember user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new(ClubClaims.Approval, user.ApprovalStatus.ToString()));
        identity.AddClaim(new(ClubClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new(ClubClaims.Avatar, user.Avatar));
        return identity;
    }
}

/// <summary>Identity has no "at least one letter" option; the club's policy asks for one.</summary>
internal sealed class LetterRequiredPasswordValidator(Microsoft.Extensions.Localization.IStringLocalizer<Core.Validation.ValidationText> text)
    : IPasswordValidator<ClubMember>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ClubMember> manager, ClubMember user, string? password) =>
        Task.FromResult(password is not null && Core.SignUp.PasswordRules.HasLetter(password)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordRequiresLetter", Description = text["PasswordLetter"] }));
}

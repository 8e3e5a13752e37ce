using System.Security.Claims;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Members;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Components.Account;

/// <summary>
/// Re-checks a circuit's member every minute: a changed security stamp (role change, deactivation, password
/// change), a deactivated account or a changed approval state ends the circuit's signed-in state.
/// </summary>
internal sealed class ClubAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClubMember>>();
        var principal = authenticationState.User;
        var member = await users.GetUserAsync(principal);
        return member is not null
            && member.IsActive
            && principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) == member.SecurityStamp
            && principal.FindFirstValue(ClubClaims.Approval) == member.ApprovalStatus.ToString();
    }
}

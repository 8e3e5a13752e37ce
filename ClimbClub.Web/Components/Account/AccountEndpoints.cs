using ClimbClub.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ClimbClub.Web.Components.Account;

/// <summary>Account actions that are plain HTTP endpoints rather than pages.</summary>
internal static class AccountEndpoints
{
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/Account");

        // A form post with antiforgery (minimal APIs validate it for [FromForm] parameters).
        account.MapPost("/Logout", async ([FromServices] SignInManager<ClubMember> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(IdentityRedirectManager.LocalPathOrHome(returnUrl));
        });

        return account;
    }
}

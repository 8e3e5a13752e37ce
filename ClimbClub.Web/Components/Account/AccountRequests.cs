using ClimbClub.Web.Features.SignUp;
using Microsoft.AspNetCore.Components;

namespace ClimbClub.Web.Components.Account;

/// <summary>Small request facts the account pages pass to services.</summary>
internal static class AccountRequests
{
    public static string ClientIp(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static SignUpLinks SignUpLinks(this NavigationManager navigation) => new(
        navigation.ToAbsoluteUri("Account/Login").ToString(),
        navigation.ToAbsoluteUri("Account/ForgotPassword").ToString());
}

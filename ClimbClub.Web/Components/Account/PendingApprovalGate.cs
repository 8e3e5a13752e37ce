using System.Reflection;
using ClimbClub.Core.Members;
using ClimbClub.Web.Features.Members;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ClimbClub.Web.Components.Account;

/// <summary>
/// Keeps signed-in applicants (pending or rejected) on their status page: any other page request is redirected
/// there. Static files and the Blazor hub are not pages and pass; the policies on pages stay as a second wall.
/// </summary>
internal sealed class PendingApprovalGate(RequestDelegate next)
{
    public const string StatusPage = "/Account/Pending";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && user.FindFirst(ClubClaims.Approval)?.Value != nameof(ApprovalStatus.Approved)
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page
            && page.Type.GetCustomAttribute<AllowUnapprovedAttribute>() is null)
        {
            context.Response.Redirect(StatusPage);
            return Task.CompletedTask;
        }

        return next(context);
    }
}

using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClimbClub.Web.Features.SignUp;

/// <summary>What someone waiting for (or refused) approval sees of their own sign-up.</summary>
public sealed record ApplicantView(
    string DisplayName,
    string Email,
    ApprovalStatus Status,
    string? RejectionReason,
    MemberDetails Details);

/// <summary>
/// The few things a signed-in applicant may do before approval: read their status, correct their details,
/// withdraw the request. Runs on the static account pages, one request at a time.
/// </summary>
public sealed class ApplicantService(
    ClimbClubDbContext db,
    UserManager<ClubMember> userManager,
    MemberDetailsValidator validator,
    Notifier<ApprovalQueueChanged> approvalQueue,
    IStringLocalizer<AccountText> text)
{
    public async Task<ApplicantView?> FindAsync(ClaimsPrincipal principal)
    {
        var member = await userManager.GetUserAsync(principal);
        return member is null
            ? null
            : new ApplicantView(member.DisplayName, member.Email ?? "", member.ApprovalStatus, member.RejectionReason, new MemberDetails
            {
                DisplayName = member.DisplayName,
                GenerationId = member.GenerationId,
                HomeGymId = member.HomeGymId,
                LevelColourId = member.LevelColourId,
                Avatar = member.Avatar,
                Introduction = member.Introduction,
            });
    }

    public async Task<Outcome> UpdateDetailsAsync(ClaimsPrincipal principal, MemberDetails details, CancellationToken cancellationToken = default)
    {
        var errors = validator.Check(details);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var member = await userManager.GetUserAsync(principal);
        if (member is null || member.ApprovalStatus != ApprovalStatus.Pending)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OnlyPendingCanEdit"]);
        }

        var referenceErrors = await ReferenceChecks.CheckAsync(db, details, text, cancellationToken);
        if (referenceErrors.Count > 0)
        {
            return Outcome.Invalid(referenceErrors);
        }

        ReferenceChecks.Apply(details, member);
        var saved = await userManager.UpdateAsync(member);
        if (!saved.Succeeded)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["SaveFailed"]);
        }

        approvalQueue.Publish();
        return Outcome.Ok;
    }

    /// <summary>Deletes a pending or rejected sign-up with everything that names the applicant.</summary>
    public async Task<Outcome> WithdrawAsync(ClaimsPrincipal principal, string password, CancellationToken cancellationToken = default)
    {
        var member = await userManager.GetUserAsync(principal);
        if (member is null || member.ApprovalStatus == ApprovalStatus.Approved)
        {
            return Outcome.Fail(OutcomeKind.Denied, text["OnlyApplicantsCanWithdraw"]);
        }

        if (string.IsNullOrEmpty(password) || !await userManager.CheckPasswordAsync(member, password))
        {
            return Outcome.Fail(OutcomeKind.Invalid, text["WrongPassword"], "Password");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var email = member.Email ?? "";
        await db.EmailCodes.Where(c => c.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.AuditEntries
            .Where(e => e.TargetId == member.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Summary, text["DeletedAccount"].Value), cancellationToken);
        var deleted = await userManager.DeleteAsync(member);
        if (!deleted.Succeeded)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["SaveFailed"]);
        }

        await transaction.CommitAsync(cancellationToken);
        approvalQueue.Publish();
        return Outcome.Ok;
    }
}

using System.Text;
using ClimbClub.Core;
using ClimbClub.Core.SignUp;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Mail;
using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.PasswordReset;

/// <summary>
/// Mails a link to choose a new password. Every request counts toward the limits, whether or not the address has an
/// account, so neither the answer nor a refusal tells a visitor who is a member. Used from the static forgot-password
/// page, so the Identity managers live for one request only.
/// </summary>
public sealed class PasswordResetService(
    UserManager<ClubMember> userManager,
    ClubMail mail,
    PasswordResetLimits limits,
    EmailStepValidator emailValidator,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions,
    IStringLocalizer<AccountText> text,
    ILogger<PasswordResetService> logger)
{
    /// <summary>
    /// Mails a reset link (to <paramref name="resetPage"/>) when the address belongs to an active member with a
    /// password, and succeeds just the same when it does not.
    /// </summary>
    public async Task<Outcome> RequestLinkAsync(EmailStep input, string requesterIp, string resetPage, CancellationToken cancellationToken = default)
    {
        var errors = emailValidator.Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var email = EmailAddresses.Normalize(input.Email);
        if (limits.TryTake(email, requesterIp) is { } refusal)
        {
            return refusal;
        }

        var member = await userManager.FindByEmailAsync(email);
        if (member is not { IsActive: true } || !await userManager.HasPasswordAsync(member))
        {
            return Outcome.Ok;
        }

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await userManager.GeneratePasswordResetTokenAsync(member)));
        var link = QueryHelpers.AddQueryString(resetPage, new Dictionary<string, string?> { ["member"] = member.Id, ["code"] = token });
        try
        {
            await mail.SendPasswordResetAsync(email, member.DisplayName, link, tokenOptions.Value.TokenLifespan, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException)
        {
            logger.LogError(ex, "Could not send a password reset link");
            return Outcome.Fail(OutcomeKind.Conflict, text["ResetMailFailed"], nameof(EmailStep.Email));
        }

        return Outcome.Ok;
    }
}

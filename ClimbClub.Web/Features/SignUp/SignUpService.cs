using ClimbClub.Core;
using ClimbClub.Core.Members;
using ClimbClub.Core.SignUp;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Mail;
using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.SignUp;

/// <summary>Links a sign-up mail may point to.</summary>
public sealed record SignUpLinks(string SignIn, string ForgotPassword);

/// <summary>
/// The three steps of joining: mail a code, check it, then create the Pending account. Used from the static
/// (request-scoped) sign-up pages, so the Identity managers and their context live for one request only.
/// </summary>
public sealed class SignUpService(
    IDbContextFactory<ClimbClubDbContext> dbFactory,
    ClimbClubDbContext requestDb,
    UserManager<ClubMember> userManager,
    ClubMail mail,
    Notifier<ApprovalQueueChanged> approvalQueue,
    EmailStepValidator emailValidator,
    CodeStepValidator codeValidator,
    SignUpDetailsValidator detailsValidator,
    IOptions<SignUpOptions> options,
    TimeProvider time,
    IStringLocalizer<AccountText> text,
    ILogger<SignUpService> logger)
{
    private SignUpOptions Limits => options.Value;

    /// <summary>Mails a fresh code to the address and returns the id of the code's record.</summary>
    public async Task<Outcome<Guid>> RequestCodeAsync(EmailStep input, string requesterIp, SignUpLinks links, CancellationToken cancellationToken = default)
    {
        var errors = emailValidator.Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var email = EmailAddresses.Normalize(input.Email);
        var now = time.GetUtcNow();
        var code = VerificationCode.Generate();
        var record = new EmailCode
        {
            Id = Guid.NewGuid(),
            Email = email,
            Salt = VerificationCode.NewSalt(),
            RequestedFromIp = requesterIp,
            CreatedAt = now,
            ExpiresAt = now + Limits.CodeLifetime,
        };
        record.CodeHash = VerificationCode.Hash(code, record.Salt);

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // One writer at a time, so two quick requests cannot both slip under the cooldown.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var refusal = await CheckLimitsAsync(db, email, requesterIp, now, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            await db.EmailCodes
                .Where(c => c.Email == email && c.ClosedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedAt, now), cancellationToken);
            db.EmailCodes.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        try
        {
            var normalizedEmail = userManager.NormalizeEmail(email);
            if (await requestDb.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken))
            {
                // Same screen as for a new address, so the form does not reveal who is a member.
                await mail.SendAlreadyRegisteredAsync(email, links.SignIn, links.ForgotPassword, cancellationToken);
            }
            else
            {
                await mail.SendSignUpCodeAsync(email, code, Limits.CodeLifetime, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            logger.LogError(ex, "Could not send a sign-up code");
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.EmailCodes.Where(c => c.Id == record.Id).ExecuteDeleteAsync(cancellationToken);
            return Outcome.Fail(OutcomeKind.Conflict, text["CodeMailFailed"], nameof(EmailStep.Email));
        }

        return Outcome.Success(record.Id);
    }

    /// <summary>The address of a code record that no newer code or finished sign-up has replaced (it may have expired).</summary>
    public async Task<string?> FindCodeEmailAsync(Guid codeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.EmailCodes
            .Where(c => c.Id == codeId && c.ClosedAt == null)
            .Select(c => c.Email)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Checks a typed code. Every check counts toward the limit; the code dies at the limit.</summary>
    public async Task<Outcome> VerifyCodeAsync(Guid codeId, CodeStep input, CancellationToken cancellationToken = default)
    {
        var errors = codeValidator.Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.EmailCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == codeId, cancellationToken);
        var now = time.GetUtcNow();
        if (record is null || record.ClosedAt is not null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["CodeNoLongerValid"], nameof(CodeStep.Code));
        }

        if (record.VerifiedAt is not null)
        {
            return Outcome.Ok;
        }

        if (now >= record.ExpiresAt)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["CodeExpired"], nameof(CodeStep.Code));
        }

        var counted = await db.EmailCodes
            .Where(c => c.Id == codeId && c.Attempts < Limits.MaxCodeAttempts && c.VerifiedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), cancellationToken);
        if (counted == 0)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["CodeTooManyAttempts"], nameof(CodeStep.Code));
        }

        if (VerificationCode.Matches(input.Code, record.Salt, record.CodeHash))
        {
            await db.EmailCodes
                .Where(c => c.Id == codeId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.VerifiedAt, now), cancellationToken);
            return Outcome.Ok;
        }

        var left = Limits.MaxCodeAttempts - (record.Attempts + 1);
        return Outcome.Fail(
            OutcomeKind.Invalid,
            left > 0 ? text["CodeWrong", left] : text["CodeWrongLastTry"],
            nameof(CodeStep.Code));
    }

    /// <summary>The verified address a details step may use, or null when the ticket is unknown, used or stale.</summary>
    public async Task<string?> FindVerifiedEmailAsync(Guid codeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notBefore = time.GetUtcNow() - Limits.DetailsWindow;
        return await db.EmailCodes
            .Where(c => c.Id == codeId && c.ClosedAt == null && c.VerifiedAt != null && c.VerifiedAt > notBefore)
            .Select(c => c.Email)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Creates the Pending account for a verified address. Everyone starts as a Member.</summary>
    public async Task<Outcome<ClubMember>> CompleteAsync(Guid codeId, SignUpDetails details, CancellationToken cancellationToken = default)
    {
        var errors = detailsValidator.Check(details);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var email = await FindVerifiedEmailAsync(codeId, cancellationToken);
        if (email is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, text["SignUpTicketExpired"]);
        }

        var referenceErrors = await ReferenceChecks.CheckAsync(requestDb, details, text, cancellationToken);
        if (referenceErrors.Count > 0)
        {
            return Outcome.Invalid(referenceErrors);
        }

        var member = new ClubMember
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            ApprovalStatus = ApprovalStatus.Pending,
            SignedUpAt = time.GetUtcNow(),
            Language = ClubCultures.Reading.Name,
        };
        ReferenceChecks.Apply(details, member);

        await using var transaction = await requestDb.Database.BeginTransactionAsync(cancellationToken);
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["EmailAlreadyRegistered"]);
        }

        var created = await userManager.CreateAsync(member, details.Password);
        if (!created.Succeeded)
        {
            return Outcome.Invalid(created.Errors.Select(e => new OutcomeError(e.Description, nameof(SignUpDetails.Password))));
        }

        var role = await userManager.AddToRoleAsync(member, ClubRoles.Member);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException($"Could not give the new account the Member role: {role}");
        }

        await requestDb.EmailCodes
            .Where(c => c.Email == email && c.ClosedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedAt, time.GetUtcNow()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        approvalQueue.Publish();
        logger.LogInformation("New sign-up {MemberId} is waiting for approval", member.Id);
        return Outcome.Success(member);
    }

    private async Task<Outcome?> CheckLimitsAsync(ClimbClubDbContext db, string email, string ip, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hourAgo = now.AddHours(-1);
        var recentForEmail = await db.EmailCodes
            .Where(c => c.Email == email && c.CreatedAt > hourAgo)
            .Select(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        if (recentForEmail.Count > 0)
        {
            var wait = recentForEmail.Max() + Limits.ResendCooldown - now;
            if (wait > TimeSpan.Zero)
            {
                return Outcome.Fail(OutcomeKind.Conflict, text["CodeCooldown", (int)Math.Ceiling(wait.TotalSeconds)], nameof(EmailStep.Email));
            }
        }

        if (recentForEmail.Count >= Limits.MaxCodesPerEmailPerHour)
        {
            return Outcome.Fail(OutcomeKind.Conflict, text["CodeLimitEmail"], nameof(EmailStep.Email));
        }

        var recentForIp = await db.EmailCodes.CountAsync(c => c.RequestedFromIp == ip && c.CreatedAt > hourAgo, cancellationToken);
        return recentForIp >= Limits.MaxCodesPerIpPerHour
            ? Outcome.Fail(OutcomeKind.Conflict, text["CodeLimitIp"], nameof(EmailStep.Email))
            : null;
    }
}

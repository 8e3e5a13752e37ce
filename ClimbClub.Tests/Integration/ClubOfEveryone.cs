using System.Security.Claims;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>A running club with one person of every kind: applicants, a member, an officer, a deactivated admin and the admin.</summary>
public sealed class ClubOfEveryone : ClimbClubApp, IAsyncLifetime
{
    public const string PendingEmail = "pending@uni.test";
    public const string RejectedEmail = "rejected@uni.test";
    public const string MemberEmail = "member@uni.test";
    public const string OfficerEmail = "officer@uni.test";
    public const string DeactivatedAdminEmail = "former-admin@uni.test";

    public string PendingId { get; private set; } = "";

    public string RejectedId { get; private set; } = "";

    public string MemberId { get; private set; } = "";

    public string OfficerId { get; private set; } = "";

    public string DeactivatedAdminId { get; private set; } = "";

    public string AdminId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        PendingId = await CreateMemberAsync(PendingEmail, status: ApprovalStatus.Pending, displayName: "Pending Park");
        RejectedId = await CreateMemberAsync(RejectedEmail, status: ApprovalStatus.Rejected, displayName: "Rejected Ryu");
        MemberId = await CreateMemberAsync(MemberEmail, displayName: "Member Moon");
        OfficerId = await CreateMemberAsync(OfficerEmail, ClubRole.Officer, displayName: "Officer Oh");
        DeactivatedAdminId = await CreateMemberAsync(DeactivatedAdminEmail, ClubRole.Admin, displayName: "Former Admin");
        await WithDbAsync(db => db.Users.Where(u => u.Id == DeactivatedAdminId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));
        AdminId = await AdminIdAsync();
    }

    /// <summary>The identity a circuit would hand a service for one of the people above, by name.</summary>
    public ClaimsPrincipal Principal(string who) => who switch
    {
        Caller.Anonymous => new ClaimsPrincipal(),
        Caller.Pending => PrincipalOf(PendingId),
        Caller.Rejected => PrincipalOf(RejectedId),
        Caller.Member => PrincipalOf(MemberId),
        Caller.Officer => PrincipalOf(OfficerId),
        Caller.DeactivatedAdmin => PrincipalOf(DeactivatedAdminId),
        Caller.Admin => PrincipalOf(AdminId),
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    /// <summary>The caller's own account id, when they have one.</summary>
    public string? IdOf(string who) => Principal(who).FindFirstValue(ClaimTypes.NameIdentifier);
}

/// <summary>Names of the people in <see cref="ClubOfEveryone"/>, as they appear in test tables.</summary>
public static class Caller
{
    public const string Anonymous = "anonymous visitor";
    public const string Pending = "pending applicant";
    public const string Rejected = "rejected applicant";
    public const string Member = "member";
    public const string Officer = "officer";
    public const string DeactivatedAdmin = "deactivated admin";
    public const string Admin = "admin";

    public static IReadOnlyList<string> NotAllowedToAdminister { get; } = [Anonymous, Pending, Rejected, Member, Officer, DeactivatedAdmin];
}

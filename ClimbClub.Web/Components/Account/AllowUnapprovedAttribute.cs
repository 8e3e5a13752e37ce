namespace ClimbClub.Web.Components.Account;

/// <summary>
/// Marks the few pages a signed-in but not yet approved applicant may open. Every other page sends them to
/// the awaiting-approval page (see <see cref="PendingApprovalGate"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowUnapprovedAttribute : Attribute;

namespace ClimbClub.Core.Members;

/// <summary>Where a sign-up stands. Only approved members use the club's pages.</summary>
public enum ApprovalStatus
{
    Pending,
    Approved,
    Rejected,
}

namespace ClimbClub.Core.Members;

/// <summary>A member holds exactly one of these. Each role includes the powers of the ones before it.</summary>
public enum ClubRole
{
    Member,
    Officer,
    Admin,
}

public static class ClubRoles
{
    public const string Member = nameof(ClubRole.Member);
    public const string Officer = nameof(ClubRole.Officer);
    public const string Admin = nameof(ClubRole.Admin);

    public static IReadOnlyList<ClubRole> All { get; } = Enum.GetValues<ClubRole>();

    public static string Name(this ClubRole role) => role.ToString();

    public static bool TryParse(string? name, out ClubRole role) =>
        Enum.TryParse(name, ignoreCase: false, out role) && Enum.IsDefined(role);
}

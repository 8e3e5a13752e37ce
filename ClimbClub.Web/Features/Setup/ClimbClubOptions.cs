namespace ClimbClub.Web.Features.Setup;

/// <summary>Settings under "Club".</summary>
public sealed class ClubOptions
{
    public const string Section = "Club";

    public string Name { get; set; } = "ClimbClub";

    /// <summary>IANA id of the club's time zone; every date rule uses it.</summary>
    public string TimeZone { get; set; } = "Asia/Seoul";
}

/// <summary>Settings under "Storage": where the embedded defaults keep their files.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite database, the mail pickup folder and (on SQLite) the data-protection keys; relative to the content root.</summary>
    public string DataFolder { get; set; } = "data";
}

/// <summary>Which database engine holds the club's data.</summary>
public enum DatabaseProvider
{
    /// <summary>One file in the data folder, for one app instance: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by ConnectionStrings:ClimbClub, which several app instances may share.</summary>
    Postgres,
}

/// <summary>Settings under "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>Settings under "Bootstrap": the first admin of an empty database.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string AdminName { get; set; } = "Club Admin";
}

/// <summary>Settings under "Demo": sample members for a newcomer's first look.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    public int Members { get; set; } = 40;

    public int PendingSignUps { get; set; } = 4;
}

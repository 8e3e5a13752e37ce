namespace ClimbClub.Web.Features.Setup;

/// <summary>Where the app keeps its data, resolved once from configuration: the database and the local folders.</summary>
public sealed class StoragePaths
{
    private StoragePaths(DatabaseProvider provider, string dataFolder, string connectionString, string mailFolder)
    {
        Provider = provider;
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        MailFolder = mailFolder;
    }

    public DatabaseProvider Provider { get; }

    public string DataFolder { get; }

    /// <summary>ConnectionStrings:ClimbClub; on SQLite, when it is empty, the file climbclub.db in the data folder.</summary>
    public string ConnectionString { get; }

    public string MailFolder { get; }

    public string KeysFolder => Path.Combine(DataFolder, "keys");

    public static StoragePaths Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var dataFolder = Path.GetFullPath(storage.DataFolder, environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);

        var connectionString = configuration.GetConnectionString("ClimbClub");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataFolder, "climbclub.db")}"
                : throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:ClimbClub is empty; set it to the server's "
                    + "connection string, e.g. ConnectionStrings__ClimbClub=\"Host=db;Database=climbclub;Username=climbclub;Password=...\".");
        }

        var mailFolder = configuration[$"{Features.Mail.MailOptions.Section}:PickupDirectory"];
        mailFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(mailFolder) ? Path.Combine(dataFolder, "mail") : mailFolder, environment.ContentRootPath);

        return new StoragePaths(provider, dataFolder, connectionString, mailFolder);
    }
}

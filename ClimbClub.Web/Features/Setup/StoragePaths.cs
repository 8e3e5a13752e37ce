namespace ClimbClub.Web.Features.Setup;

/// <summary>Absolute locations of the files the app keeps, resolved once from configuration.</summary>
public sealed class StoragePaths
{
    private StoragePaths(string dataFolder, string connectionString, string mailFolder)
    {
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        MailFolder = mailFolder;
    }

    public string DataFolder { get; }

    public string ConnectionString { get; }

    public string MailFolder { get; }

    public string KeysFolder => Path.Combine(DataFolder, "keys");

    public static StoragePaths Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var dataFolder = Path.GetFullPath(storage.DataFolder, environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);

        var connectionString = configuration.GetConnectionString("ClimbClub");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={Path.Combine(dataFolder, "climbclub.db")}";
        }

        var mailFolder = configuration[$"{Features.Mail.MailOptions.Section}:PickupDirectory"];
        mailFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(mailFolder) ? Path.Combine(dataFolder, "mail") : mailFolder, environment.ContentRootPath);

        return new StoragePaths(dataFolder, connectionString, mailFolder);
    }
}

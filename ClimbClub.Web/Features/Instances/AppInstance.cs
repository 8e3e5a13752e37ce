namespace ClimbClub.Web.Features.Instances;

/// <summary>Settings under "Instance".</summary>
public sealed class InstanceOptions
{
    public const string Section = "Instance";

    /// <summary>This instance's name among those sharing a database; empty means the machine name and process id. Each must differ.</summary>
    public string Name { get; set; } = "";

    /// <summary>The longest a job's lease lasts without renewal: how long a killed instance can hold a job up.</summary>
    public TimeSpan MaxLease { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>This running app among the instances that share one database: its name is on its job leases and signals.</summary>
public sealed class AppInstance(string name)
{
    public string Name { get; } = name;

    public static AppInstance From(InstanceOptions options) =>
        new(string.IsNullOrWhiteSpace(options.Name) ? $"{Environment.MachineName}-{Environment.ProcessId}" : options.Name.Trim());
}

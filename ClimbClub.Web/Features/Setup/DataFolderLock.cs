namespace ClimbClub.Web.Features.Setup;

/// <summary>
/// Marks the data folder as in use while the app runs: every running instance holds a shared lock on a file there,
/// and a restore needs it alone, so it refuses while any instance is up. The OS drops the lock when a process dies.
/// </summary>
internal sealed class DataFolderLock(StoragePaths paths) : IHostedService, IDisposable
{
    private FileStream? held;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        held = Open(paths, FileAccess.Read, FileShare.ReadWrite);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        held?.Dispose();
        held = null;
    }

    /// <summary>The lock held alone, or null while an instance of the app runs on the folder.</summary>
    public static FileStream? TryTakeAlone(StoragePaths paths)
    {
        try
        {
            return Open(paths, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static FileStream Open(StoragePaths paths, FileAccess access, FileShare share) =>
        new(Path.Combine(paths.DataFolder, "app.lock"), FileMode.OpenOrCreate, access, share);
}

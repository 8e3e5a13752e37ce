namespace ClimbClub.Tests.Support;

/// <summary>Where the tests were built from: the repository (the folder with ClimbClub.sln) and the build configuration.</summary>
internal static class SourceTree
{
    public static string Root
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "ClimbClub.sln")))
            {
                root = root.Parent;
            }

            return root?.FullName ?? throw new InvalidOperationException($"No ClimbClub.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Debug or Release: the folder above the target framework's in bin/&lt;configuration&gt;/net10.0/.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
}

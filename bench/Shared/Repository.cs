namespace ClimbClub.Bench;

/// <summary>The repository a bench tool was built from: the folder above its output that holds ClimbClub.sln.</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ClimbClub.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"No ClimbClub.sln above {AppContext.BaseDirectory}: run the bench tools from inside the repository.");
        }
    }
}

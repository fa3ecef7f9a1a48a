namespace SearchEngine.Web.Hosting;

/// <summary>Finds the repository root (the folder holding SearchEngine.sln), so defaults work from any working directory.</summary>
public static class RepoPaths
{
    public static string? FindRoot(params string?[] startFolders)
    {
        foreach (var start in startFolders)
        {
            if (string.IsNullOrEmpty(start)) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln"))) return dir.FullName;
        }
        return null;
    }

    public static string? FindRoot() => FindRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    /// <summary>The top-level wwwroot when running from a checkout; null lets ASP.NET use its default.</summary>
    public static string? WebRoot()
    {
        var root = FindRoot();
        return root is null ? null : Path.Combine(root, "wwwroot");
    }
}

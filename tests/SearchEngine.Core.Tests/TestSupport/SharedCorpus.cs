namespace SearchEngine.Core.Tests.TestSupport;

/// <summary>Finds <c>../shared/corpus</c> beside the checkout; tests that need it skip when it is absent.</summary>
public static class SharedCorpus
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The path of a folder of the shared corpus, or skips the test with a message saying why.</summary>
    public static string Require(string folder)
    {
        var root = Find();
        var path = root is null ? null : Path.Combine(root, folder);
        if (path is null || !Directory.Exists(path))
            VisibleSkip.Because($"../shared/corpus/{folder} is not present beside the checkout; this test needs it.");
        return path!;
    }

    /// <summary>The repo's own sample corpus (always present).</summary>
    public static string SampleCorpus() => Path.Combine(RepositoryRoot(), "sample-corpus");

    /// <summary>The checkout's root folder (where SearchEngine.sln is), for the committed fixtures under bench/.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("SearchEngine.sln not found above the test binaries");
    }
}

namespace SearchEngine.Core.Tests.Extraction;

/// <summary>Finds test inputs on disk by walking up from the test binaries, so no copy step is needed.</summary>
internal static class ExtractionTestPaths
{
    /// <summary>The hand-annotated fixtures folder of this test project.</summary>
    public static string AnnotatedFixtures() =>
        FindUp(Path.Combine("tests", "SearchEngine.Core.Tests", "Fixtures", "Annotated"))
        ?? throw new DirectoryNotFoundException("Fixtures/Annotated not found above " + AppContext.BaseDirectory);

    /// <summary>The shared corpus (../shared/corpus of the repo), or null when absent.</summary>
    public static string? SharedCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var inside = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(inside)) return inside;
            var sibling = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (Directory.Exists(sibling)) return Path.GetFullPath(sibling);
        }
        return null;
    }

    /// <summary>The five seed files: the shared corpus copy, else the one the repo ships in sample-corpus/.</summary>
    public static string? Seeds()
    {
        var shared = SharedCorpus();
        if (shared is not null && Directory.Exists(Path.Combine(shared, "seeds"))) return Path.Combine(shared, "seeds");
        return FindUp("sample-corpus");
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

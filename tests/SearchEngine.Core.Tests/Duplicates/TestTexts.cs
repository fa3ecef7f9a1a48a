namespace SearchEngine.Core.Tests.Duplicates;

/// <summary>Deterministic filler text for tests that need long articles with controlled overlap.</summary>
internal static class TestTexts
{
    /// <summary>Distinct lower-case pseudo-words, the same for the same seed.</summary>
    public static string[] Words(int count, int seed)
    {
        var random = new Random(seed);
        var words = new HashSet<string>();
        while (words.Count < count)
        {
            var length = random.Next(4, 9);
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = (char)('a' + random.Next(26));
            words.Add(new string(chars));
        }
        return [.. words];
    }

    public static string Join(IEnumerable<string> words) => string.Join(' ', words);

    /// <summary>The repository's sample-corpus folder, found by walking up from the test binaries; null when absent.</summary>
    public static string? SampleCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "sample-corpus");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "000_*.txt").Any()) return candidate;
            var shared = Path.Combine(dir.FullName, "shared", "corpus", "seeds");
            if (Directory.Exists(shared)) return shared;
        }
        return null;
    }
}

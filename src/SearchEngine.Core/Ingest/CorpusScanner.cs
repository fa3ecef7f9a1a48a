namespace SearchEngine.Core.Ingest;

/// <summary>
/// Lists a corpus folder recursively. Articles are <c>.txt</c> and <c>.md</c> files; sidecar tables
/// (<c>metadata.tsv</c>, <c>metadata.csv</c>) are read as metadata; hidden files and folders (names starting with a dot)
/// are passed over silently, every other file is reported as skipped with its reason.
/// </summary>
public static class CorpusScanner
{
    public static CorpusListing Scan(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
            throw new DirectoryNotFoundException($"corpus folder not found: {root}");

        var files = new List<SourceFile>();
        var skipped = new List<SkippedFile>();
        var sidecarPaths = new List<string>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };

        foreach (var info in new DirectoryInfo(fullRoot).EnumerateFiles("*", options))
        {
            var relative = Path.GetRelativePath(fullRoot, info.FullName).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;

            if (SidecarMetadata.IsSidecarName(info.Name))
                sidecarPaths.Add(info.FullName);
            else if (IngestOptions.ArticleExtensions.Contains(info.Extension))
                files.Add(new SourceFile(relative, info.FullName, info.Length, info.LastWriteTimeUtc.Ticks));
            else
                skipped.Add(new SkippedFile(relative, $"not an article file ({DescribeExtension(info.Extension)}; only .txt and .md are read)"));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        var sidecars = SidecarMetadata.Load(fullRoot, sidecarPaths, skipped);
        return new CorpusListing(fullRoot, files, sidecars, skipped);
    }

    private static string DescribeExtension(string extension) =>
        extension.Length == 0 ? "no file ending" : extension.ToLowerInvariant();
}

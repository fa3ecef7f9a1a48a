namespace SearchEngine.Core.Ingest;

/// <summary>
/// Lists a corpus folder recursively. Articles are <c>.txt</c> and <c>.md</c> files; sidecar tables
/// (<c>metadata.tsv</c>, <c>metadata.csv</c>) and folders' <c>publisher.txt</c> are read as metadata; hidden files and folders (names starting with a dot)
/// are passed over silently, every other file is reported as skipped with its reason. Symbolic links to folders and
/// files are followed (a link back to a folder already read is reported, so a loop ends).
/// </summary>
public static class CorpusScanner
{
    private const int MaxDepth = 64;

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>A folder's path with every link in it resolved, so a loop through links is recognised.</summary>
    private static string RealPath(DirectoryInfo folder)
    {
        var target = folder.LinkTarget is null ? null : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        var path = Path.GetFullPath(target ?? folder.FullName);
        var parent = Path.GetDirectoryName(path);
        return parent is null ? path : Path.Combine(RealPath(new DirectoryInfo(parent)), Path.GetFileName(path));
    }

    public static CorpusListing Scan(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
            throw new DirectoryNotFoundException($"corpus folder not found: {root}");

        var files = new List<SourceFile>();
        var skipped = new List<SkippedFile>();
        var sidecarPaths = new List<string>();
        var publisherPaths = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(fullRoot), "", 0);

        // Folders and files reached through symbolic links are read like any other (a corpus often links its parts in);
        // a link back to a folder already read is reported, not followed, so a loop ends.
        void Walk(DirectoryInfo folder, string prefix, int depth)
        {
            var real = RealPath(folder);
            if (!visited.Add(real))
            {
                skipped.Add(new SkippedFile(prefix.TrimEnd('/'), "a link to a folder already read (followed once, so a loop ends)"));
                return;
            }
            if (depth > MaxDepth)
            {
                skipped.Add(new SkippedFile(prefix.TrimEnd('/'), $"nested deeper than {MaxDepth} folders"));
                return;
            }
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = folder.EnumerateFileSystemInfos("*", Options).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedFile(prefix.TrimEnd('/'), "the folder could not be read"));
                return;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = prefix + entry.Name;
                if (entry is DirectoryInfo subfolder)
                {
                    Walk(subfolder, relative + "/", depth + 1);
                    continue;
                }
                var info = (FileInfo)entry;
                // A link's size and time are its target's.
                var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
                if (target is null || !target.Exists)
                {
                    skipped.Add(new SkippedFile(relative, "a link to a file that does not exist"));
                    continue;
                }
                if (SidecarMetadata.IsSidecarName(info.Name))
                    sidecarPaths.Add(info.FullName);
                else if (FolderPublishers.IsPublisherFileName(info.Name))
                    publisherPaths.Add(info.FullName);
                else if (IngestOptions.ArticleExtensions.Contains(info.Extension))
                {
                    files.Add(new SourceFile(relative, info.FullName, target.Length, target.LastWriteTimeUtc.Ticks));
                }
                else
                    skipped.Add(new SkippedFile(relative, $"not an article file ({DescribeExtension(info.Extension)}; only .txt and .md are read)"));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        var sidecars = SidecarMetadata.Load(fullRoot, sidecarPaths, skipped);
        var publishers = FolderPublishers.Load(fullRoot, publisherPaths, skipped);
        return new CorpusListing(fullRoot, files, sidecars, publishers, skipped);
    }

    private static string DescribeExtension(string extension) =>
        extension.Length == 0 ? "no file ending" : extension.ToLowerInvariant();
}

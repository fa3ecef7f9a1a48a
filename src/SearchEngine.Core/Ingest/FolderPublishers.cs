namespace SearchEngine.Core.Ingest;

/// <summary>
/// The publisher a folder states for every article in it and below it: a file <c>publisher.txt</c> whose first line
/// (blank lines and lines starting with # aside) is the publisher's name. The nearest such file above an article wins;
/// an empty one says its folder has no single publisher, undoing one stated further up. A sidecar row's outlet and
/// front matter come first; the text decides only when neither these nor the folder name one.
/// </summary>
public sealed class FolderPublishers
{
    /// <summary>The file name that states a folder's publisher.</summary>
    public const string FileName = "publisher.txt";

    /// <summary>Each folder (relative to the root, "" for the root itself) with its stated publisher, null when its file is empty.</summary>
    private readonly Dictionary<string, string?> _byFolder;

    private FolderPublishers(Dictionary<string, string?> byFolder) => _byFolder = byFolder;

    public static FolderPublishers None { get; } = new([]);

    /// <summary>True for the file name read as a folder's publisher.</summary>
    public static bool IsPublisherFileName(string fileName) => fileName.Equals(FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every publisher file; one that cannot be read is reported in <paramref name="problems"/> and ignored.</summary>
    public static FolderPublishers Load(string root, IEnumerable<string> paths, ICollection<SkippedFile> problems)
    {
        var byFolder = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            try
            {
                byFolder[Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? ""] = Read(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new SkippedFile(relative, $"publisher file could not be read: {ex.Message}"));
            }
        }
        return new FolderPublishers(byFolder);
    }

    /// <summary>The publisher stated by the <c>publisher.txt</c> nearest above <paramref name="folder"/> (an absolute path), applied to that folder.</summary>
    public static FolderPublishers Nearest(string folder, ICollection<SkippedFile> problems)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, FileName);
            if (!File.Exists(file)) continue;
            try
            {
                return new FolderPublishers(new Dictionary<string, string?>(StringComparer.Ordinal) { [""] = Read(file) });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new SkippedFile(file, $"publisher file could not be read: {ex.Message}"));
                return None;
            }
        }
        return None;
    }

    /// <summary>The publisher stated for the file at <paramref name="relativePath"/>, or null.</summary>
    public string? Lookup(string relativePath)
    {
        if (_byFolder.Count == 0) return null;
        var folder = relativePath;
        do
        {
            var slash = folder.LastIndexOf('/');
            folder = slash < 0 ? "" : folder[..slash];
            if (_byFolder.TryGetValue(folder, out var publisher)) return publisher;
        }
        while (folder.Length > 0);
        return null;
    }

    private static string? Read(string path)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text ?? "";
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#') return trimmed;
        }
        return null;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace SearchEngine.Core.Index;

/// <summary>
/// The one place that opens the index folder. It holds one Lucene index; a folder written by an older build (the
/// SQLite store, or another <see cref="ArticleSchema.Version"/>) is recognised here, so it is rebuilt from the corpus
/// and never misread.
/// </summary>
internal static class IndexStorage
{
    /// <summary>The file the SQLite builds kept their whole index in.</summary>
    private static readonly string[] LegacyFiles = ["search.db", "search.db-wal", "search.db-shm"];

    public static Directory Open(string indexDirectory)
    {
        System.IO.Directory.CreateDirectory(indexDirectory);
        // MMapDirectory on 64-bit: the index pages are the system's file cache, not the process's memory.
        return FSDirectory.Open(new DirectoryInfo(indexDirectory));
    }

    /// <summary>True when the folder holds a committed index of this build's schema.</summary>
    public static bool HasCurrentIndex(string indexDirectory) => State(indexDirectory) == IndexState.Current;

    public static IndexState State(string indexDirectory)
    {
        if (!System.IO.Directory.Exists(indexDirectory)) return IndexState.Missing;
        if (LegacyFiles.Any(f => File.Exists(Path.Combine(indexDirectory, f)))) return IndexState.Outdated;
        using var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        if (!DirectoryReader.IndexExists(directory)) return IndexState.Missing;
        var commits = DirectoryReader.ListCommits(directory);
        var data = commits[^1].UserData;
        return data.TryGetValue(ArticleSchema.SchemaVersionKey, out var version) && version == ArticleSchema.Version.ToString()
            ? IndexState.Current
            : IndexState.Outdated;
    }

    /// <summary>Deletes what an older build left (the SQLite files, or a Lucene index of another schema).</summary>
    public static void DeleteOutdated(string indexDirectory)
    {
        foreach (var file in LegacyFiles) File.Delete(Path.Combine(indexDirectory, file));
        foreach (var file in System.IO.Directory.EnumerateFiles(indexDirectory))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock") File.Delete(file);
        }
    }
}

/// <summary>What an index folder holds.</summary>
internal enum IndexState
{
    Missing,
    Current,
    Outdated,
}

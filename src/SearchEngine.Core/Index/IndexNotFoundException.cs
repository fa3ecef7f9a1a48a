namespace SearchEngine.Core.Index;

/// <summary>Thrown when a reader is asked to open an index folder that holds no index yet.</summary>
public sealed class IndexNotFoundException(string indexDirectory)
    : Exception($"no index in '{indexDirectory}': run 'searchengine index <folder>' first")
{
    public string IndexDirectory { get; } = indexDirectory;
}

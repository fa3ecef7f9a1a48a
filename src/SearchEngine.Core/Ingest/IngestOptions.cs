namespace SearchEngine.Core.Ingest;

/// <summary>What the ingest reads and what it refuses.</summary>
/// <param name="MaxFileBytes">Files larger than this are skipped and reported (a news article is rarely over 1 MB).</param>
public sealed record IngestOptions(long MaxFileBytes = 8 * 1024 * 1024)
{
    public static IngestOptions Default { get; } = new();

    /// <summary>File endings read as articles; everything else is reported as skipped.</summary>
    public static IReadOnlySet<string> ArticleExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md" };
}

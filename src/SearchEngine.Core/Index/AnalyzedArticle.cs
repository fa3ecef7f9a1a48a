using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>
/// An article with everything indexing computes from it off the writer's thread: ranking terms, its duplicate
/// fingerprint, and its row as stored (field texts, compressed body and details, fingerprint bytes). The single
/// writer is the pipeline's bottleneck, so it is left only the SQLite work.
/// </summary>
internal sealed record AnalyzedArticle(Article Article, TermVector Terms, ArticleFingerprint Fingerprint)
{
    /// <summary>The text each full-text field indexes (see <see cref="IndexWriter.FieldValues"/>).</summary>
    public Dictionary<string, string> Fields { get; } = IndexWriter.FieldValues(Article);

    public byte[] CompressedBody { get; } = TextCompression.Compress(Article.Text);

    public byte[] Details { get; } = ArticleDetails.Serialize(Article);

    public byte[] FingerprintBytes { get; } = Fingerprint.ToBytes();
}

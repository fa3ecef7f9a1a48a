using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Index;

/// <summary>
/// An article with what indexing computes from it on a worker thread: its duplicate fingerprint and the bytes stored
/// for its details and fingerprint.
/// </summary>
internal sealed record AnalyzedArticle(Article Article, ArticleFingerprint Fingerprint)
{
    public byte[] Details { get; } = ArticleDetails.Serialize(Article);

    public byte[] FingerprintBytes { get; } = Fingerprint.ToBytes();

    // Built once for both: the story keys are picked from it, and its keys are every story feature.
    private readonly StoryVector _story = DuplicateScorer.Default.BackgroundVector(Fingerprint);

    /// <summary>The keys the article is filed under for duplicate matching.</summary>
    public List<string> DuplicateKeys => DuplicateScorer.Default.Keys(Fingerprint, _story);

    /// <summary>Every story feature, as a term: the index's document frequencies of these weigh the story level.</summary>
    public IEnumerable<string> StoryFeatureTerms => _story.Keys.Select(Duplicates.DuplicateKeys.FeatureTerm);
}

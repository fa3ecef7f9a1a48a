using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>An article with what indexing computes from it off the writer's thread: ranking terms and its duplicate fingerprint.</summary>
internal sealed record AnalyzedArticle(Article Article, TermVector Terms, ArticleFingerprint Fingerprint);

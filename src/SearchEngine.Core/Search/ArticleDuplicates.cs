using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Search;

/// <summary>Everything the index knows of an article's copies: related articles per level, its clusters, copied passages.</summary>
public sealed record ArticleDuplicates(
    IReadOnlyList<RelatedArticle> Related,
    IReadOnlyDictionary<DuplicateLevel, CoverageCluster> Clusters,
    IReadOnlyList<CopiedPassage> Passages)
{
    public static ArticleDuplicates None { get; } = new([], new Dictionary<DuplicateLevel, CoverageCluster>(), []);
}

using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search;

namespace SearchEngine.Web.Coverage;

/// <summary>
/// The evidence behind an article's near-duplicate and same-story matches, for the one-line reasons of its
/// duplicates section. Bounded: the best matches of each level only, since each costs reading the other article.
/// </summary>
public static class RelatedEvidence
{
    /// <summary>Most related articles of one level explained on an article page.</summary>
    public const int MaxPerLevel = 10;

    private static readonly DuplicateLevel[] Explained = [DuplicateLevel.Near, DuplicateLevel.Story];

    /// <summary>Evidence by related article id; <paramref name="load"/> reads an article, null when it is gone.</summary>
    public static IReadOnlyDictionary<string, StoryEvidence> For(Article article, ArticleDuplicates duplicates, Func<string, Article?> load)
    {
        var evidence = new Dictionary<string, StoryEvidence>(StringComparer.Ordinal);
        foreach (var level in Explained)
            foreach (var related in duplicates.Related.Where(r => r.Level == level).OrderByDescending(r => r.Similarity).Take(MaxPerLevel))
                if (!evidence.ContainsKey(related.Article.Id) && load(related.Article.Id) is { } other)
                    evidence[related.Article.Id] = StoryExplainer.Explain(article, other);
        return evidence;
    }
}

using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Search;

/// <summary>
/// A cluster of one duplicate level as a reader sees it: members with titles, the first being the earliest dated (the
/// likely origin), each with its similarity to it. <see cref="Matched"/> counts the members a search matched.
/// </summary>
public sealed record CoverageCluster(DuplicateLevel Level, IReadOnlyList<RelatedArticle> Members, int Matched)
{
    public ArticleSummary Origin => Members[0].Article;

    public IReadOnlyList<string> Outlets =>
        [.. Members.Select(m => m.Article.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    public DateOnly? FirstPublished => Members.Select(m => m.Article.Date).Where(d => d is not null).Min();
}

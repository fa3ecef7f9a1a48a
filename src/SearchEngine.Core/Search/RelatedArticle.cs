using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Search;

/// <summary>An article related to another by a duplicate level, with the similarity that level measured.</summary>
public sealed record RelatedArticle(ArticleSummary Article, DuplicateLevel Level, double Similarity);

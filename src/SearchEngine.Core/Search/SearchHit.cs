namespace SearchEngine.Core.Search;

/// <summary>
/// One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded article text in which only
/// <c>&lt;mark&gt;</c> elements were added around matched terms.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string? Outlet,
    DateOnly? Date,
    string? Author,
    double Score,
    IReadOnlyList<HitQuote> Quotes)
{
    /// <summary>When results are collapsed: the other matching articles of this hit's cluster, in rank order.</summary>
    public IReadOnlyList<ArticleSummary> More { get; init; } = [];

    /// <summary>The source file the article was read from, relative to the corpus folder.</summary>
    public string? SourcePath { get; init; }
}

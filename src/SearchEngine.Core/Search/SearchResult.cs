namespace SearchEngine.Core.Search;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: one page of hits, the exact total, and facets over all matches.
/// A query that cannot be parsed gives <see cref="Error"/> and no hits, never an exception.
/// </summary>
public sealed record SearchResult
{
    public required SearchRequest Request { get; init; }
    public int Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    public IReadOnlyList<Facet> Facets { get; init; } = [];
    public DateHistogram Dates { get; init; } = DateHistogram.Empty;
    public string? Error { get; init; }

    /// <summary>What the forgiving query parser repaired or ignored (an unclosed quote it closed, say).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public TimeSpan Elapsed { get; init; }

    public int PageCount => Request.PageSize <= 0 ? 0 : (Total + Request.PageSize - 1) / Request.PageSize;

    public Facet? FacetNamed(string name) => Facets.FirstOrDefault(f => f.Name == name);
}

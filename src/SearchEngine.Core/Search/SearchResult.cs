namespace SearchEngine.Core.Search;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: one page of hits, the exact total, and facets over all matches.
/// A query that cannot be parsed gives <see cref="Error"/> and no hits, never an exception.
/// </summary>
public sealed record SearchResult
{
    public required SearchRequest Request { get; init; }
    /// <summary>Matching articles.</summary>
    public int Total { get; init; }

    /// <summary>Distinct stories among the matches: same-story clusters count once.</summary>
    public int Stories { get; init; }

    /// <summary>Rows to page through: <see cref="Total"/>, or the number of clusters when results are collapsed.</summary>
    public int Rows { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    public IReadOnlyList<Facet> Facets { get; init; } = [];
    public DateHistogram Dates { get; init; } = DateHistogram.Empty;
    public string? Error { get; init; }

    /// <summary>What the forgiving query parser repaired or ignored (an unclosed quote it closed, say).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public TimeSpan Elapsed { get; init; }

    public int PageCount => Request.PageSize <= 0 ? 0 : (Rows + Request.PageSize - 1) / Request.PageSize;

    public Facet? FacetNamed(string name) => Facets.FirstOrDefault(f => f.Name == name);
}

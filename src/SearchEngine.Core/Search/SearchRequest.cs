using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Search;

/// <summary>
/// A search: the query text (Lucene-style syntax) plus facet selections. Values within one facet combine with OR,
/// different facets with AND.
/// </summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Persons by display name (as the person facet shows them) or by identity key.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];
    public IReadOnlyList<string> CitedOutlets { get; init; } = [];

    /// <summary>Inclusive date range on the article date; articles with no date fall outside any range.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    /// <summary>How many values each facet returns (the most frequent first).</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>
    /// When set, each cluster of this level shows as one row (its best-ranked hit) carrying the cluster's other
    /// matches in <see cref="SearchHit.More"/>; pages then count rows.
    /// </summary>
    public DuplicateLevel? Collapse { get; init; }

    /// <summary>When false, only hits and the total are computed.</summary>
    public bool IncludeFacets { get; init; } = true;

    public const int MaxPageSize = 200;

    public bool HasFilters => Outlets.Count > 0 || Persons.Count > 0 || CitedOutlets.Count > 0 || From is not null || To is not null;
}

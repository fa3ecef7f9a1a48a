using SearchEngine.Core.Duplicates;
using System.Globalization;
using System.Text;
using SearchEngine.Core.Search;

namespace SearchEngine.Web.Search;

/// <summary>
/// Everything a search page shows, as it travels in the URL: <c>q</c>, repeated <c>outlet</c>, <c>person</c> and
/// <c>cites</c>, <c>from</c>/<c>to</c> (yyyy-mm-dd), <c>sort</c>, <c>page</c> and <c>size</c>. The page, the API
/// and the exports read the same parameters, so any search is a link.
/// </summary>
public sealed record SearchState
{
    public const int DefaultPageSize = 10;

    public string Query { get; init; } = "";
    public IReadOnlyList<string> Outlets { get; init; } = [];
    public IReadOnlyList<string> Persons { get; init; } = [];
    public IReadOnlyList<string> Cites { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>When set, each cluster of this duplicate level shows as one row ("+N more from …").</summary>
    public DuplicateLevel? Group { get; init; }

    public bool HasFilters => FilterCount > 0;

    /// <summary>How many filters are in use: each selected facet value, and a date range as one.</summary>
    public int FilterCount => Outlets.Count + Persons.Count + Cites.Count + (From is not null || To is not null ? 1 : 0);

    /// <summary>Reads the state from a query string. A malformed value gives an error message naming the parameter.</summary>
    public static (SearchState State, string? Error) Parse(IQueryCollection query)
    {
        var errors = new List<string>();
        DateOnly? Date(string name)
        {
            var text = query[name].ToString().Trim();
            if (text.Length == 0) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            errors.Add($"'{name}' must be a date written yyyy-mm-dd, not '{text}'");
            return null;
        }
        int Number(string name, int fallback, int min, int max)
        {
            var text = query[name].ToString().Trim();
            if (text.Length == 0) return fallback;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
            errors.Add($"'{name}' must be a whole number from {min} to {max}, not '{text}'");
            return fallback;
        }
        static IReadOnlyList<string> Values(IQueryCollection query, string name) =>
            query[name].Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        var sortText = query["sort"].ToString().Trim();
        var sort = SortOrder.Relevance;
        if (sortText.Length > 0 && (!Enum.TryParse(sortText, ignoreCase: true, out sort) || !Enum.IsDefined(sort)))
        {
            errors.Add($"'sort' must be relevance, newest or oldest, not '{sortText}'");
            sort = SortOrder.Relevance;
        }

        var groupText = query["group"].ToString().Trim();
        DuplicateLevel? group = null;
        if (groupText.Length > 0)
        {
            if (Enum.TryParse<DuplicateLevel>(groupText, ignoreCase: true, out var level) && level is DuplicateLevel.Exact or DuplicateLevel.Near or DuplicateLevel.Story)
                group = level;
            else
                errors.Add($"'group' must be exact, near or story, not '{groupText}'");
        }

        var state = new SearchState
        {
            Query = query["q"].ToString(),
            Outlets = Values(query, "outlet"),
            Persons = Values(query, "person"),
            Cites = Values(query, "cites"),
            From = Date("from"),
            To = Date("to"),
            Sort = sort,
            Page = Number("page", 1, 1, 100_000),
            PageSize = Number("size", DefaultPageSize, 1, SearchRequest.MaxPageSize),
            Group = group,
        };
        if (state.From is { } from && state.To is { } to && from > to)
            errors.Add($"'from' ({Iso(from)}) is after 'to' ({Iso(to)}): no date is in that range; swap them");
        return (state, errors.Count == 0 ? null : string.Join("; ", errors));
    }

    public SearchRequest ToRequest(int facetSize = 10) => new()
    {
        Query = Query,
        Outlets = Outlets,
        Persons = Persons,
        CitedOutlets = Cites,
        From = From,
        To = To,
        Sort = Sort,
        Page = Page,
        PageSize = PageSize,
        FacetSize = facetSize,
        Collapse = Group,
    };

    /// <summary>The values selected in a facet (by its <see cref="FacetNames"/> name).</summary>
    public IReadOnlyList<string> Selected(string facet) => facet switch
    {
        FacetNames.Outlet => Outlets,
        FacetNames.Person => Persons,
        FacetNames.Cites => Cites,
        _ => [],
    };

    /// <summary>Adds the value to the facet's selection, or removes it if selected; back to page 1.</summary>
    public SearchState Toggle(string facet, string value)
    {
        var values = Selected(facet).Contains(value) ? Selected(facet).Where(v => v != value).ToList() : [.. Selected(facet), value];
        return facet switch
        {
            FacetNames.Outlet => this with { Outlets = values, Page = 1 },
            FacetNames.Person => this with { Persons = values, Page = 1 },
            FacetNames.Cites => this with { Cites = values, Page = 1 },
            _ => this,
        };
    }

    public SearchState WithDates(DateOnly? from, DateOnly? to) => this with { From = from, To = to, Page = 1 };

    public SearchState WithoutFilters() => this with { Outlets = [], Persons = [], Cites = [], From = null, To = null, Page = 1 };

    /// <summary>The parameters that differ from the defaults, in a stable order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters()
    {
        if (Query.Length > 0) yield return new("q", Query);
        foreach (var v in Outlets) yield return new("outlet", v);
        foreach (var v in Persons) yield return new("person", v);
        foreach (var v in Cites) yield return new("cites", v);
        if (From is { } from) yield return new("from", Iso(from));
        if (To is { } to) yield return new("to", Iso(to));
        if (Sort != SortOrder.Relevance) yield return new("sort", Sort.ToString().ToLowerInvariant());
        if (Page != 1) yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
        if (PageSize != DefaultPageSize) yield return new("size", PageSize.ToString(CultureInfo.InvariantCulture));
        if (Group is { } group) yield return new("group", group.ToString().ToLowerInvariant());
    }

    /// <summary>The URL of this state under <paramref name="path"/> (the page, the API or an export).</summary>
    public string Url(string path = "/")
    {
        var url = new StringBuilder(path);
        var first = true;
        foreach (var (key, value) in Parameters())
        {
            url.Append(first ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return url.ToString();
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

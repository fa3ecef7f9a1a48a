namespace SearchEngine.Core.Search;

/// <summary>
/// The one place that names the full-text fields and their boosts. The index's columns follow this order;
/// the query language's field prefixes (<c>title:</c>, <c>quote:</c> …) are these names.
/// </summary>
public static class SearchFields
{
    public static readonly SearchField Title = new("title", 8.0, IsDefault: true);
    public static readonly SearchField Body = new("body", 1.0, IsDefault: true);
    public static readonly SearchField Quote = new("quote", 3.0, IsDefault: true);
    public static readonly SearchField Speaker = new("speaker", 2.0, IsDefault: false);
    // Person names are a default field so that a bare name finds every spelling through the stored identity keys.
    public static readonly SearchField Person = new("person", 2.0, IsDefault: true);
    public static readonly SearchField Outlet = new("outlet", 1.0, IsDefault: false);
    public static readonly SearchField Cites = new("cites", 1.0, IsDefault: false);
    public static readonly SearchField Author = new("author", 1.0, IsDefault: false);

    /// <summary>All full-text fields, in index column order.</summary>
    public static IReadOnlyList<SearchField> All { get; } = [Title, Body, Quote, Speaker, Person, Outlet, Cites, Author];

    /// <summary>Fields a bare term (no <c>field:</c> prefix) searches.</summary>
    public static IReadOnlyList<SearchField> Defaults { get; } = All.Where(f => f.IsDefault).ToList();

    /// <summary>The field of that name (case-insensitive), or null.</summary>
    public static SearchField? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The non-text field filtered by date ranges rather than searched.</summary>
    public const string Date = "date";
}

namespace SearchEngine.Core.Search;

/// <summary>The facets every search counts.</summary>
public static class FacetNames
{
    public const string Outlet = "outlet";
    public const string Person = "person";
    public const string Cites = "cites";
    public const string Date = "date";
}

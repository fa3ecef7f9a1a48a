namespace SearchEngine.Core.Search;

/// <summary>One value of a facet with the number of matching articles that have it.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected);

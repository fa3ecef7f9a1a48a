namespace SearchEngine.Core.Search;

/// <summary>
/// Counts of one facet over the whole result set. Counts ignore the facet's own selection (drill-sideways), so other
/// values can still be added to it. <see cref="Distinct"/> is how many values have a count above zero.
/// </summary>
public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values, int Distinct);

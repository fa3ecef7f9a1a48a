namespace SearchEngine.Core.Search;

/// <summary>
/// A searchable field: its name in the query language, whether a bare term searches it,
/// and its ranking weight (a boost: a match in a heavier field ranks higher).
/// </summary>
public sealed record SearchField(string Name, double Weight, bool IsDefault);

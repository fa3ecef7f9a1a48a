namespace SearchEngine.Core.Index;

/// <summary>A person identity key resolved corpus-wide: the key it merges into, its display name and its aliases.</summary>
public sealed record PersonCatalogEntry(string Key, string CanonicalKey, string DisplayName, IReadOnlyList<string> Aliases);

namespace SearchEngine.Core.Duplicates;

/// <summary>A content word of an article (by hash) and how often it occurs; weighted by IDF only when compared, because document frequencies change as the index grows.</summary>
public readonly record struct TermCount(uint Hash, int Count);

namespace SearchEngine.Core.Duplicates;

/// <summary>Another article related to the one asked about, at the strictest level they meet, with that level's similarity (1 for exact copies).</summary>
public sealed record DuplicateMatch(string OtherId, DuplicateLevel Level, double Similarity);

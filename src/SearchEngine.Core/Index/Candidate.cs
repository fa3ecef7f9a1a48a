namespace SearchEngine.Core.Index;

/// <summary>A matching article (its document number in the reader searched) and its relevance score (0 when unranked).</summary>
internal readonly record struct Candidate(int Doc, float Score);

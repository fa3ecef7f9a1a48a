namespace SearchEngine.Core.Index;

/// <summary>A matching article and its relevance score (higher is better; 0 when unranked).</summary>
internal readonly record struct Candidate(int Rowid, double Score);

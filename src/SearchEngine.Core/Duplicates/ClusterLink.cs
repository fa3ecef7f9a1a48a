namespace SearchEngine.Core.Duplicates;

/// <summary>
/// What is known about one pair of articles (by their positions in a component): whether they are exact copies, their
/// 5-shingle Jaccard when near-duplicates (else 0), and their story score when it reaches the link threshold (else 0).
/// </summary>
public readonly record struct ClusterLink(int A, int B, bool Exact, float Near, float Story);

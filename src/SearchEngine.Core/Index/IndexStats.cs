namespace SearchEngine.Core.Index;

/// <summary>What an index holds; the cluster counts are clusters of two or more articles at each duplicate level.</summary>
public sealed record IndexStats(
    int Articles,
    int Files,
    int Outlets,
    int Persons,
    int CitedOutlets,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    long IndexBytes,
    long Generation,
    int ExactClusters,
    int NearClusters,
    int StoryClusters);

namespace SearchEngine.Core.Duplicates;

/// <summary>One article of a cluster and its similarity, at the cluster's level, to the cluster's origin (1 for the origin itself).</summary>
public sealed record ClusterMember(string Id, string? Outlet, DateOnly? Date, double SimilarityToOrigin);

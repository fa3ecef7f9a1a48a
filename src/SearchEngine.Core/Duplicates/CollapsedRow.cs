namespace SearchEngine.Core.Duplicates;

/// <summary>
/// One row of collapsed search results: the best-ranked hit of a cluster, shown, and the cluster's other hits,
/// hidden behind "+N more from outlet, outlet…" until expanded in place.
/// </summary>
public sealed record CollapsedRow(string ShownId, IReadOnlyList<string> MoreIds, IReadOnlyList<string> MoreOutlets)
{
    public int MoreCount => MoreIds.Count;

    /// <summary>"+2 more from BBC, Reuters"; "+1 more" when no outlet is known; null when nothing is hidden.</summary>
    public string? MoreLabel => MoreIds.Count == 0 ? null
        : MoreOutlets.Count == 0 ? $"+{MoreIds.Count} more"
        : $"+{MoreIds.Count} more from {string.Join(", ", MoreOutlets)}";
}

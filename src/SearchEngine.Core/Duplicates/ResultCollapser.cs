namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Collapses ranked search hits so that each cluster takes one row, at the rank of its best hit. Only hits in the
/// given list are grouped: a cluster's members that did not match the search are not added.
/// </summary>
public static class ResultCollapser
{
    /// <summary>Collapses hits by the cluster a level assigns them in the index; articles in no cluster stay rows of their own.</summary>
    public static CollapsedResults Collapse(IReadOnlyList<string> orderedHitIds, DuplicateIndex index, DuplicateLevel level = DuplicateLevel.Story) =>
        Collapse(orderedHitIds, id => index.ClusterKey(id, level), index.OutletOf);

    /// <summary>Collapses hits that share a cluster key; <paramref name="outletOf"/> names the outlets of the hidden hits.</summary>
    public static CollapsedResults Collapse(IReadOnlyList<string> orderedHitIds, Func<string, string> clusterKeyOf, Func<string, string?> outletOf)
    {
        var rows = new List<(string Shown, List<string> More)>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in orderedHitIds)
        {
            if (!seen.Add(id)) continue;
            var key = clusterKeyOf(id);
            if (rowOf.TryGetValue(key, out var row)) rows[row].More.Add(id);
            else
            {
                rowOf[key] = rows.Count;
                rows.Add((id, []));
            }
        }
        var collapsed = rows.Select(r => new CollapsedRow(r.Shown, r.More,
            [.. r.More.Select(outletOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)])).ToList();
        return new CollapsedResults(collapsed, seen.Count, collapsed.Count);
    }
}

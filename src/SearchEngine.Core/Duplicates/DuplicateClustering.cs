namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Forms the clusters of one connected group of articles from the links between them. Every step is a function of
/// the links alone (ties go to the lower position, and callers number articles by id), so the same articles and links
/// give the same clusters in whatever order they were indexed.
/// <list type="bullet">
/// <item>Exact: articles joined by exact links (one text).</item>
/// <item>Near: articles joined by exact or near links, transitively: a near cluster holds every exact cluster it touches.</item>
/// <item>Story: average linkage over near clusters. Each near cluster starts as one group; the two groups whose
/// average story score over all their pairs is highest are merged while that average reaches
/// <see cref="DuplicateOptions.StoryThreshold"/> (a missing link counts 0). A chain A~B~C where A and C differ stays
/// apart unless B's links carry the average, which stops topic drift without refusing real multi-outlet stories; and a
/// story cluster always holds every near cluster it touches.</item>
/// </list>
/// </summary>
public static class DuplicateClustering
{
    /// <summary>Groups of positions joined by links that pass <paramref name="joins"/>; singletons are left out.</summary>
    public static List<int[]> Components(int count, IReadOnlyList<ClusterLink> links, Func<ClusterLink, bool> joins)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var link in links)
            if (joins(link))
            {
                var (a, b) = (Find(link.A), Find(link.B));
                if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        return [.. Enumerable.Range(0, count).GroupBy(Find).Where(g => g.Count() > 1).Select(g => g.Order().ToArray()).OrderBy(g => g[0])];
    }

    public static List<int[]> Exact(int count, IReadOnlyList<ClusterLink> links) => Components(count, links, l => l.Exact);

    public static List<int[]> Near(int count, IReadOnlyList<ClusterLink> links) => Components(count, links, l => l.Exact || l.Near > 0);

    /// <summary>Story clusters by average linkage over the near clusters (see the type's summary); singletons are left out.</summary>
    public static List<int[]> Stories(int count, IReadOnlyList<ClusterLink> links, double threshold)
    {
        // Start: one group per near cluster, one per other article.
        var groupOf = new int[count];
        var members = new List<List<int>>();
        var inNear = new bool[count];
        foreach (var near in Near(count, links))
        {
            foreach (var position in near) { groupOf[position] = members.Count; inNear[position] = true; }
            members.Add([.. near]);
        }
        for (var position = 0; position < count; position++)
            if (!inNear[position]) { groupOf[position] = members.Count; members.Add([position]); }

        // Summed story scores between groups.
        var sums = members.Select(_ => new Dictionary<int, double>()).ToList();
        foreach (var link in links)
        {
            var (a, b) = (groupOf[link.A], groupOf[link.B]);
            if (a == b || link.Story <= 0) continue;
            sums[a][b] = sums[a].GetValueOrDefault(b) + link.Story;
            sums[b][a] = sums[b].GetValueOrDefault(a) + link.Story;
        }

        // Best pair first; a popped pair whose groups changed since it was queued is stale and skipped.
        var version = new int[members.Count];
        var queue = new PriorityQueue<(int A, int B, int VersionA, int VersionB), (double Negative, int A, int B)>();
        void Offer(int a, int b)
        {
            if (a > b) (a, b) = (b, a);
            var average = sums[a][b] / ((double)members[a].Count * members[b].Count);
            if (average >= threshold) queue.Enqueue((a, b, version[a], version[b]), (-average, Key(a), Key(b)));
        }
        int Key(int group) => members[group][0];
        for (var a = 0; a < sums.Count; a++)
            foreach (var b in sums[a].Keys)
                if (a < b) Offer(a, b);

        while (queue.TryDequeue(out var pair, out _))
        {
            var (a, b) = (pair.A, pair.B);
            if (version[a] != pair.VersionA || version[b] != pair.VersionB) continue;
            // Merge b into a: a keeps the lower first member, so keys stay deterministic.
            if (Key(b) < Key(a)) (a, b) = (b, a);
            members[a].AddRange(members[b]);
            members[a].Sort();
            members[b] = [];
            version[a]++;
            version[b]++;
            sums[a].Remove(b);
            foreach (var (other, sum) in sums[b])
            {
                if (other == a) continue;
                sums[a][other] = sums[a].GetValueOrDefault(other) + sum;
                sums[other].Remove(b);
                sums[other][a] = sums[a][other];
            }
            sums[b].Clear();
            foreach (var other in sums[a].Keys) Offer(a, other);
        }
        return [.. members.Where(m => m.Count > 1).Select(m => m.ToArray()).OrderBy(m => m[0])];
    }
}

using SearchEngine.Core.Search;

namespace SearchEngine.Core.Index;

/// <summary>Orders matches into a page, groups them by duplicate cluster, and counts distinct stories.</summary>
internal static class ResultPage
{
    public const int MaxMorePerRow = 50;

    /// <summary>The matches at [offset, offset + size) in the sort order; a bounded heap when the page is small.</summary>
    public static List<Candidate> Top(List<Candidate> hits, ReaderSnapshot snapshot, SortOrder sort, int offset, int size)
    {
        if (size == 0 || offset >= hits.Count) return [];
        var dates = snapshot.DateInt;
        Comparison<Candidate> compare = sort switch
        {
            SortOrder.Newest => (a, b) => dates[a.Doc] != dates[b.Doc] ? dates[b.Doc].CompareTo(dates[a.Doc]) : b.Doc.CompareTo(a.Doc),
            // Undated articles go last whichever way dates run.
            SortOrder.Oldest => (a, b) => dates[a.Doc] != dates[b.Doc]
                ? (dates[a.Doc] == 0 ? 1 : dates[b.Doc] == 0 ? -1 : dates[a.Doc].CompareTo(dates[b.Doc]))
                : a.Doc.CompareTo(b.Doc),
            // Higher scores first; ties go to the newer article.
            _ => (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score)
                : dates[a.Doc] != dates[b.Doc] ? dates[b.Doc].CompareTo(dates[a.Doc]) : a.Doc.CompareTo(b.Doc),
        };

        var keep = offset + size;
        if (hits.Count <= keep * 4)
        {
            var all = hits.ToArray();
            Array.Sort(all, compare);
            return all.Skip(offset).Take(size).ToList();
        }

        // Bounded heap: the worst kept candidate on top, so n log k instead of n log n.
        var heap = new PriorityQueue<Candidate, Candidate>(keep + 1, Comparer<Candidate>.Create((a, b) => compare(b, a)));
        foreach (var hit in hits)
        {
            if (heap.Count < keep) heap.Enqueue(hit, hit);
            else if (compare(hit, heap.Peek()) < 0) heap.EnqueueDequeue(hit, hit);
        }
        var top = new Candidate[heap.Count];
        for (var i = top.Length - 1; i >= 0; i--) top[i] = heap.Dequeue();
        return top.Skip(offset).ToList();
    }

    /// <summary>Groups ranked hits by cluster: each group keeps the rank of its best hit; unclustered hits stand alone.</summary>
    public static List<List<Candidate>> Collapse(List<Candidate> ranked, int[] clusterOf)
    {
        var rows = new List<List<Candidate>>();
        var rowOfCluster = new Dictionary<int, List<Candidate>>();
        foreach (var hit in ranked)
        {
            var cluster = clusterOf[hit.Doc];
            if (cluster != 0 && rowOfCluster.TryGetValue(cluster, out var row))
            {
                row.Add(hit);
                continue;
            }
            row = [hit];
            rows.Add(row);
            if (cluster != 0) rowOfCluster[cluster] = row;
        }
        return rows;
    }

    /// <summary>Distinct stories among the hits: a same-story cluster counts once, an article in none counts alone.</summary>
    public static int CountStories(List<Candidate> hits, int[] storyOf, int clusterBound)
    {
        var seen = new bool[clusterBound];
        var stories = 0;
        foreach (var hit in hits)
        {
            var story = storyOf[hit.Doc];
            if (story == 0) stories++;
            else if (!seen[story])
            {
                seen[story] = true;
                stories++;
            }
        }
        return stories;
    }
}

namespace SearchEngine.Core.Index;

/// <summary>
/// When the writer folds postings segments together. Each batch appends one segment; whenever the newest
/// <see cref="MergeFactor"/> or more segments share a size level (a level is a factor of <see cref="MergeFactor"/> in
/// articles), they become one segment of the next level. Like Lucene's log merge policy this writes each posting about
/// log₈(articles / batch) times, keeps the number of segments logarithmic, and only ever merges the newest segments, so
/// segments stay in rowid order.
/// </summary>
internal static class PostingsMergePolicy
{
    public const int MergeFactor = 8;

    /// <summary>The size of a writer batch, the unit of level 0.</summary>
    public const int LevelZeroArticles = 512;

    public static int Level(long articles)
    {
        var level = 0;
        for (var size = (long)LevelZeroArticles * MergeFactor; articles >= size; size *= MergeFactor) level++;
        return level;
    }

    /// <summary>How many of the newest segments to merge now (0 for none), given every segment's article count, oldest first.</summary>
    public static int TailToMerge(IReadOnlyList<long> articleCounts)
    {
        if (articleCounts.Count < MergeFactor) return 0;
        var level = Level(articleCounts[^1]);
        var run = 0;
        for (var i = articleCounts.Count - 1; i >= 0 && Level(articleCounts[i]) <= level; i--) run++;
        return run >= MergeFactor ? run : 0;
    }
}

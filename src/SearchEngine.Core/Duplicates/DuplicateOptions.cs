namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Thresholds and sizes of the duplicate levels. The defaults are the tuned values reported in the issue note;
/// changing MinHashCount, Bands or Rows makes stored fingerprints incomparable, so those are fixed per index.
/// </summary>
public sealed record DuplicateOptions
{
    /// <summary>Word shingle width of the near-duplicate level.</summary>
    public int ShingleSize { get; init; } = Shingles.DefaultSize;

    /// <summary>
    /// Exact 5-shingle Jaccard at or above which two articles are near-duplicates. 0.8 keeps syndicated copies with
    /// a new headline, a trimmed paragraph or a few changed words, and drops articles that merely share a passage
    /// (those are the passage level's business).
    /// </summary>
    public double NearThreshold { get; init; } = 0.8;

    public int MinHashCount { get; init; } = 100;

    public int Bands { get; init; } = 25;

    public int Rows { get; init; } = 4;
}

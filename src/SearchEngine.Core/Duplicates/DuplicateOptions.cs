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

    /// <summary>
    /// LSH candidates whose MinHash estimate of Jaccard is more than this below <see cref="NearThreshold"/> are
    /// dropped before the exact similarity is computed. With 100 hashes the estimate's standard error near 0.8 is
    /// about 0.04, so 0.2 is five standard errors: a pair at the threshold is dropped a few times in ten million,
    /// while the pairs around 0.3 that banding still proposes are skipped without reading their text.
    /// </summary>
    public double NearEstimateMargin { get; init; } = 0.2;

    public int MinHashCount { get; init; } = 100;

    public int Bands { get; init; } = 25;

    public int Rows { get; init; } = 4;

    /// <summary>
    /// Average story score (IDF-weighted cosine of terms, person names and capitalised names, lowered for dates far
    /// apart) at or above which two groups of articles are one story (<see cref="DuplicateClustering.Stories"/>).
    /// Chosen on the hand-labelled stories of bench/stories/ parts A and B (pooled pairwise F1 0.535 at 0.15, 0.549 at
    /// 0.2, 0.548 at 0.25), then checked once on part C (F1 0.568); see bench/stories/README.md.
    /// </summary>
    public double StoryThreshold { get; init; } = 0.2;

    /// <summary>
    /// Days apart within which dated articles keep their full story score; beyond it the score halves every
    /// <see cref="StoryHalfLifeDays"/> days, so one topic covered weeks apart does not become one story.
    /// Undated articles are never penalised.
    /// </summary>
    public int StoryWindowDays { get; init; } = 3;

    /// <summary>
    /// Story score at or above which two articles are linked: links below <see cref="StoryThreshold"/> do not make a
    /// story on their own, but count in the average that decides whether two groups merge.
    /// </summary>
    public double StoryLinkThreshold { get; init; } = 0.1;

    public double StoryHalfLifeDays { get; init; } = 2;

    /// <summary>Story candidates are articles sharing at least this many distinctive features.</summary>
    public int StoryMinSharedFeatures { get; init; } = 2;

    /// <summary>At most this many candidates, those whose shared features weigh most (summed IDF), are scored per added article.</summary>
    public int StoryMaxCandidates { get; init; } = 50;

    /// <summary>
    /// Features (or passage marks) held by more articles than this are not used to find candidates: they are
    /// topic words or boilerplate, and their posting lists would make every addition scan a share of the index.
    /// </summary>
    public int MaxPostings { get; init; } = 1000;

    /// <summary>How many of an article's most distinctive features (terms, names, persons, numbers, quote 4-grams) find its story candidates.</summary>
    public int StoryIndexFeatures { get; init; } = 24;

    /// <summary>
    /// Most articles an article keeps copied passages with, those sharing most words: a paragraph reused across a
    /// whole archive would otherwise give every article that carries it a link to every other, which grows with the
    /// square of the archive.
    /// </summary>
    public int MaxPassagePartners { get; init; } = 10;

    /// <summary>
    /// How many documents the background table counts as, per document of the archive (at most its own size): it
    /// smooths the archive's own frequencies while the archive is young, and fades as the archive outgrows it.
    /// </summary>
    public double BackgroundWeight { get; init; } = 1;

    /// <summary>
    /// When the archive has grown or shrunk by more than this share since every article was last matched, the next
    /// refresh matches every article again with the archive's current frequencies; below it, only changed articles
    /// are matched. So story scores never lag the archive's frequencies by more than this.
    /// </summary>
    public double RematchAfterChange { get; init; } = 0.01;

    /// <summary>Passage marks held by more articles than this are boilerplate and find no partners.</summary>
    public int MaxPassagePostings { get; init; } = 50;

    /// <summary>Shortest copied passage reported, in words.</summary>
    public int PassageMinWords { get; init; } = 25;
}

using SearchEngine.Core.Ingest;

namespace SearchEngine.Core.Index;

/// <summary>The summary of one indexing run.</summary>
public sealed record IndexReport
{
    public int FilesSeen { get; init; }
    public int FilesUnchanged { get; init; }
    public int ArticlesAdded { get; init; }
    public int ArticlesUpdated { get; init; }
    public int ArticlesRemoved { get; init; }
    public int ArticlesUnchanged { get; init; }
    public long BytesRead { get; init; }
    public TimeSpan Elapsed { get; init; }
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    /// <summary>Files read with an encoding other than plain UTF-8, and how.</summary>
    public IReadOnlyList<SkippedFile> EncodingNotes { get; init; } = [];

    /// <summary>Extraction warnings (a malformed date, say), one per article and problem.</summary>
    public IReadOnlyList<SkippedFile> Warnings { get; init; } = [];

    /// <summary>
    /// Where the run's time went, in order: reading, extracting and writing the articles, then each derived table
    /// (persons, duplicate matching, duplicate documents). Empty phases are left out.
    /// </summary>
    public IReadOnlyList<IndexPhase> Phases { get; init; } = [];

    /// <summary>True when the folder held an index written by an older build, which this run replaced.</summary>
    public bool RebuiltOutdated { get; init; }

    /// <summary>
    /// True when the index was left by a run that was stopped before its end, and this run finished it: stored the
    /// files that run had not, and rebuilt the person catalogue and duplicate clusters.
    /// </summary>
    public bool FinishedInterrupted { get; init; }

    public int ArticlesIndexed => ArticlesAdded + ArticlesUpdated;

    public bool NothingChanged => ArticlesAdded == 0 && ArticlesUpdated == 0 && ArticlesRemoved == 0;

    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? ArticlesIndexed / Elapsed.TotalSeconds : 0;
}

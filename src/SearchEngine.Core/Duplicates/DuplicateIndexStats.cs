namespace SearchEngine.Core.Duplicates;

/// <summary>
/// The size of a <see cref="DuplicateIndex"/>: articles, pairs linked at any level, pairs at the story threshold,
/// pairs sharing passages; and the time its additions spent on exact and near matching, story candidates, passages
/// and clustering.
/// </summary>
public sealed record DuplicateIndexStats(int Articles, long Pairs, long StoryPairs, long PassagePairs,
    TimeSpan TextMatching, TimeSpan StoryMatching, TimeSpan PassageMatching, TimeSpan Clustering);

namespace SearchEngine.Core.Index;

/// <summary>
/// Progress of a run: files processed among those that needed work, and the stage the run is in (the derived stages
/// come after every article is stored, and report the file counts they finished with).
/// </summary>
public sealed record IndexProgress(int Done, int Total, string? CurrentPath, BuildStage Stage = BuildStage.Articles);

/// <summary>The stages of a run, in order.</summary>
public enum BuildStage
{
    /// <summary>Reading, extracting and storing the changed files.</summary>
    Articles,

    /// <summary>Merging the index's segments into one after a large run.</summary>
    MergingSegments,

    /// <summary>Rebuilding the person catalogue (identities merged across the archive).</summary>
    Persons,

    /// <summary>Matching changed articles for duplicates and clustering them.</summary>
    Duplicates,
}

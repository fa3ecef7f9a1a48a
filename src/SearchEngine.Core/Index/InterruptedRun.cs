namespace SearchEngine.Core.Index;

/// <summary>
/// What an index folder tells about a run that did not finish: it stored some or all of its articles and was stopped
/// (killed, Ctrl+C, power cut) before the person catalogue and duplicate clusters were brought up to date.
/// </summary>
/// <param name="CorpusRoot">The folder that run was indexing (full path), when the index recorded it.</param>
/// <param name="Articles">How many articles the index holds.</param>
public sealed record InterruptedRun(string? CorpusRoot, int Articles)
{
    /// <summary>True when running the indexer over <paramref name="corpusRoot"/> would finish this run, not index another folder.</summary>
    public bool Over(string corpusRoot) => CorpusRoot is null
        ? Articles == 0
        : string.Equals(Normalized(CorpusRoot), Normalized(corpusRoot), StringComparison.Ordinal);

    private static string Normalized(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
}

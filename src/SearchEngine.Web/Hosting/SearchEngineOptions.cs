namespace SearchEngine.Web.Hosting;

/// <summary>
/// Where the index and the corpus live (section <c>SearchEngine</c>). Both default to folders of the repository
/// (<c>index/</c> and <c>sample-corpus/</c>) so the app starts with no settings at all.
/// </summary>
public sealed class SearchEngineOptions
{
    public const string Section = "SearchEngine";

    public string? IndexPath { get; set; }
    public string? CorpusPath { get; set; }

    /// <summary>How often a build the app runs commits, in files (a build stopped half-way keeps every commit).</summary>
    public int? CommitEveryFiles { get; set; }
}

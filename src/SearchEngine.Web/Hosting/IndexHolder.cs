using SearchEngine.Core.Index;

namespace SearchEngine.Web.Hosting;

/// <summary>
/// The app's one shared <see cref="ArticleSearcher"/>, available once a complete index exists. While the first index
/// is built, or a build that was stopped before its end is finished, there is no searcher; pages show
/// <see cref="Status"/> instead of results and the app keeps answering.
/// </summary>
public sealed class IndexHolder
{
    private volatile ArticleSearcher? _searcher;
    private volatile IndexStatus _status;

    public IndexHolder(IndexPaths paths)
    {
        Paths = paths;
        var interrupted = IndexBuilder.FindInterruptedRun(paths.Index);
        if (interrupted is not null && interrupted.Over(paths.Corpus))
        {
            // Serving it would show a silently truncated archive with unmerged persons and no clusters.
            _status = new IndexStatus(IndexPhase.Building, 0, 0,
                $"The last build stopped before its end ({interrupted.Articles:N0} articles stored); finishing it");
            return;
        }
        try
        {
            _searcher = new ArticleSearcher(paths.Index);
            _status = new IndexStatus(IndexPhase.Ready, 0, 0, interrupted is null ? null
                : $"This index was left unfinished by a run over {interrupted.CorpusRoot}: some articles, persons or duplicate "
                  + $"clusters may be missing. Finish it with: searchengine index {interrupted.CorpusRoot} --index {paths.Index}");
        }
        catch (IndexNotFoundException)
        {
            _status = new IndexStatus(IndexPhase.Building, 0, 0, ArticleSearcher.IsOutdated(paths.Index)
                ? "The index was written by an older version; rebuilding it from the corpus"
                : null);
        }
    }

    public IndexPaths Paths { get; }

    public IndexStatus Status => _status;

    /// <summary>The searcher, or null while a build runs (or after it failed).</summary>
    public ArticleSearcher? Searcher => _searcher;

    internal void Report(IndexProgress progress) =>
        _status = new IndexStatus(IndexPhase.Building, progress.Done, progress.Total, _status.Message, progress.Stage);

    internal void Ready(ArticleSearcher searcher)
    {
        _searcher = searcher;
        _status = new IndexStatus(IndexPhase.Ready, _status.Total, _status.Total, null, _status.Stage);
    }

    internal void Fail(string message) => _status = new IndexStatus(IndexPhase.Failed, _status.Done, _status.Total, message, _status.Stage);
}

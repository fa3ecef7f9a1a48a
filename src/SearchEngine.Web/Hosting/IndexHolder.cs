using SearchEngine.Core.Index;

namespace SearchEngine.Web.Hosting;

/// <summary>
/// The app's one shared <see cref="ArticleSearcher"/>, available once an index exists. While the first index is being
/// built there is no searcher yet; pages show <see cref="Status"/> instead of results and the app keeps answering.
/// </summary>
public sealed class IndexHolder
{
    private volatile ArticleSearcher? _searcher;
    private volatile IndexStatus _status;

    public IndexHolder(IndexPaths paths)
    {
        Paths = paths;
        try
        {
            _searcher = new ArticleSearcher(paths.Index);
            _status = new IndexStatus(IndexPhase.Ready, 0, 0, null);
        }
        catch (IndexNotFoundException)
        {
            _status = new IndexStatus(IndexPhase.Building, 0, 0, ArticleSearcher.IsOutdated(paths.Index)
                ? "The index was written by an older version; rebuilding it from the corpus"
                : "Starting");
        }
    }

    public IndexPaths Paths { get; }

    public IndexStatus Status => _status;

    /// <summary>The searcher, or null while the first build runs (or after it failed).</summary>
    public ArticleSearcher? Searcher => _searcher;

    internal void Report(IndexProgress progress) =>
        _status = new IndexStatus(IndexPhase.Building, progress.Done, progress.Total, null);

    internal void Ready(ArticleSearcher searcher)
    {
        _searcher = searcher;
        _status = new IndexStatus(IndexPhase.Ready, _status.Total, _status.Total, null);
    }

    internal void Fail(string message) => _status = new IndexStatus(IndexPhase.Failed, _status.Done, _status.Total, message);
}

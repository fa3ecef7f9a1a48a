using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Core.Index;

/// <summary>
/// A Lucene searcher over one point-in-time reader, with that reader's <see cref="ReaderSnapshot"/> (facet and
/// cluster columns) built once when the reader opens. Borrowed from a <see cref="SearcherManager"/> per request.
/// </summary>
internal sealed class SnapshotSearcher : IndexSearcher
{
    public SnapshotSearcher(IndexReader reader) : base(reader)
    {
        Similarity = ArticleSchema.Similarity;
        Snapshot = ReaderSnapshot.Load(this);
    }

    public ReaderSnapshot Snapshot { get; }

    /// <summary>Makes a <see cref="SnapshotSearcher"/> for each reader the manager opens.</summary>
    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SnapshotSearcher(reader);
    }
}

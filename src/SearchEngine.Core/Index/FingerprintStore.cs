using Lucene.Net.Index;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Reads what the <see cref="DuplicateIndex"/> is rebuilt from, out of one index reader: every stored fingerprint in
/// the order the duplicate index adds them (oldest first, undated last, ties by id), and an article's shingle set,
/// computed from its stored text, for the few candidate pairs near-duplicate matching checks (stored fingerprints
/// leave shingles out: they were half their bytes).
/// </summary>
public sealed class FingerprintStore : IDisposable
{
    // Copies of one story come in bursts, each asking for the same original: the last few hundred sets are kept.
    private const int CacheSize = 512;
    private static readonly ISet<string> BodyField = new HashSet<string> { SearchFields.Body.Name };

    private readonly DirectoryReader _reader;
    private readonly bool _owned;
    private readonly Lucene.Net.Search.IndexSearcher _searcher;
    private readonly FingerprintBuilder _builder = new();
    private readonly Dictionary<string, uint[]> _cache = new(StringComparer.Ordinal);
    private readonly Queue<string> _cached = new();

    internal FingerprintStore(DirectoryReader reader, bool owned = false)
    {
        (_reader, _owned) = (reader, owned);
        _searcher = new Lucene.Net.Search.IndexSearcher(reader);
    }

    /// <summary>Opens a reader on an index folder.</summary>
    public static FingerprintStore Open(string indexDirectory)
    {
        if (!IndexStorage.HasCurrentIndex(indexDirectory)) throw new IndexNotFoundException(indexDirectory);
        return new FingerprintStore(DirectoryReader.Open(IndexStorage.Open(indexDirectory)), owned: true);
    }

    /// <summary>
    /// Every fingerprint in the order <see cref="DuplicateIndex.LoadInOrder"/> needs; unreadable ones (another
    /// format version) are passed over, and the next indexing run rewrites them.
    /// </summary>
    public IEnumerable<ArticleFingerprint> InAddOrder()
    {
        var order = new List<(int Date, int Doc)>();
        foreach (var leaf in _reader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var dates = reader.GetNumericDocValues(S.Date);
            var isArticle = reader.GetDocsWithField(S.Sequence);
            if (dates is null || isArticle is null) continue;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
                if (isArticle.Get(doc) && (live is null || live.Get(doc)))
                    order.Add(((int)dates.Get(doc), leaf.DocBase + doc));
        }
        // Undated last; within a date, by id (read with the fingerprint, so the sort by id happens per date run).
        order.Sort((a, b) => a.Date == b.Date ? a.Doc.CompareTo(b.Doc) : a.Date == 0 ? 1 : b.Date == 0 ? -1 : a.Date.CompareTo(b.Date));
        var values = _reader.Leaves.Select(leaf => leaf.AtomicReader.GetBinaryDocValues(S.Fingerprint)).ToArray();
        var bytes = new Lucene.Net.Util.BytesRef();
        var run = new List<ArticleFingerprint>();
        for (var i = 0; i < order.Count; i++)
        {
            var doc = order[i].Doc;
            var leaf = ReaderUtil.SubIndex(doc, _reader.Leaves);
            if (values[leaf] is { } column)
            {
                column.Get(doc - _reader.Leaves[leaf].DocBase, bytes);
                if (Read(bytes) is { } fingerprint) run.Add(fingerprint);
            }
            if (i + 1 < order.Count && order[i + 1].Date == order[i].Date) continue;
            run.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            foreach (var item in run) yield return item;
            run.Clear();
        }
    }

    private static ArticleFingerprint? Read(Lucene.Net.Util.BytesRef bytes)
    {
        if (bytes.Length == 0) return null;
        try { return ArticleFingerprint.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)); }
        catch (InvalidDataException) { return null; }
    }

    /// <summary>The article's shingles; empty when the id is not indexed.</summary>
    public uint[] ShinglesOf(string id)
    {
        if (_cache.TryGetValue(id, out var cached)) return cached;
        var hits = _searcher.Search(new Lucene.Net.Search.TermQuery(new Term(S.Id, id)), 1).ScoreDocs;
        var text = hits.Length == 0 ? null : _searcher.Doc(hits[0].Doc, BodyField).Get(SearchFields.Body.Name);
        var shingles = text is null ? [] : _builder.ShinglesOf(text);
        if (_cached.Count == CacheSize) _cache.Remove(_cached.Dequeue());
        _cache[id] = shingles;
        _cached.Enqueue(id);
        return shingles;
    }

    public void Dispose()
    {
        if (_owned) _reader.Dispose();
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Core.Duplicates;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Looks up, in one reader, the live articles filed under a duplicate key (<see cref="DuplicateKeys"/>): the
/// postings of the key in <see cref="ArticleSchema.DuplicateKey"/>. A key held by more articles than its kind's limit
/// is reported as too common and not read (a topic word or boilerplate finds everything and proves nothing).
/// <para>
/// Matching a few changed articles seeks each of their keys. Matching every article instead reads the field's terms
/// once, in order, and keeps the postings of the keys two or more articles share: most band and passage keys belong
/// to one article, and a seek per key per article was most of the time of a full match.
/// </para>
/// </summary>
internal sealed class CandidateFinder
{
    private readonly DirectoryReader _reader;
    private readonly DuplicateOptions _options;
    private readonly (AtomicReaderContext Leaf, TermsEnum? Terms)[] _leaves;
    private readonly Dictionary<string, int[]>? _shared;
    private readonly HashSet<string>? _tooCommon;
    private DocsEnum? _docs;

    private CandidateFinder(DirectoryReader reader, DuplicateOptions options, bool readAll)
    {
        _reader = reader;
        _options = options;
        _leaves = [.. reader.Leaves.Select(leaf => (leaf, leaf.AtomicReader.GetTerms(S.DuplicateKey)?.GetEnumerator()))];
        if (readAll) (_shared, _tooCommon) = ReadShared();
    }

    /// <summary>For matching a few articles: each key is sought when asked for.</summary>
    public static CandidateFinder Seeking(DirectoryReader reader, DuplicateOptions options) => new(reader, options, readAll: false);

    /// <summary>For matching every article: the shared keys' postings are read first, in one pass.</summary>
    public static CandidateFinder ReadingAll(DirectoryReader reader, DuplicateOptions options) => new(reader, options, readAll: true);

    /// <summary>
    /// A finder for another thread: this one when every shared key's postings were read up front (it is then only
    /// read), else a new one, since a seeking finder's term enumerators move with every key sought.
    /// </summary>
    public CandidateFinder ForAnotherThread() => _shared is not null ? this : Seeking(_reader, _options);

    private int Limit(char kind) => kind == DuplicateKeys.Mark ? _options.MaxPassagePostings : _options.MaxPostings;

    /// <summary>Adds the documents filed under the key to <paramref name="into"/>; false (adding nothing) when too many hold it.</summary>
    public bool Postings(string key, List<int> into)
    {
        if (_shared is not null)
        {
            if (_tooCommon!.Contains(key)) return false;
            if (_shared.TryGetValue(key, out var docs)) into.AddRange(docs);
            return true;
        }
        var bytes = new BytesRef(key);
        var total = 0;
        foreach (var (_, terms) in _leaves)
            if (terms is not null && terms.SeekExact(bytes)) total += terms.DocFreq;
        if (total > Limit(key[0])) return false;
        foreach (var (leaf, terms) in _leaves)
        {
            if (terms is null || !terms.SeekExact(bytes)) continue;
            _docs = terms.Docs(leaf.AtomicReader.LiveDocs, _docs, DocsFlags.NONE);
            for (var doc = _docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = _docs.NextDoc()) into.Add(leaf.DocBase + doc);
        }
        return true;
    }

    private (Dictionary<string, int[]>, HashSet<string>) ReadShared()
    {
        var shared = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var tooCommon = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(_reader, S.DuplicateKey)?.GetEnumerator();
        if (terms is null) return (shared, tooCommon);
        var live = MultiFields.GetLiveDocs(_reader);
        var docs = new List<int>();
        DocsEnum? reuse = null;
        while (terms.MoveNext())
        {
            var frequency = terms.DocFreq;
            if (frequency < 2) continue;
            var term = terms.Term;
            var kind = (char)term.Bytes[term.Offset];
            var key = term.Utf8ToString();
            if (frequency > Limit(kind)) { tooCommon.Add(key); continue; }
            docs.Clear();
            reuse = terms.Docs(live, reuse, DocsFlags.NONE);
            for (var doc = reuse.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reuse.NextDoc()) docs.Add(doc);
            if (docs.Count > 1) shared[key] = [.. docs];
        }
        return (shared, tooCommon);
    }
}

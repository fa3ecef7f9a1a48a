using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Core.Duplicates;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// One index reader with its per-document facet values held in arrays indexed by document number (read once from doc
/// values when the reader opens), so that facet counts over a result set are one pass over its documents: Lucene's
/// <c>SortedSetDocValuesFacetCounts</c> costs about 45 ns per matching article per facet value, ten times this.
/// Immutable; a searcher swaps in a new snapshot when the index changes.
/// </summary>
internal sealed class ReaderSnapshot
{
    /// <summary>The reader's version: it moves on with every commit.</summary>
    public required long Generation { get; init; }

    /// <summary>True for a live article document.</summary>
    public required bool[] Live { get; init; }

    /// <summary>yyyymmdd per document, 0 when undated.</summary>
    public required int[] DateInt { get; init; }
    public required OrdinalColumn Outlets { get; init; }
    public required MultiOrdinalColumn Persons { get; init; }
    public required MultiOrdinalColumn Cites { get; init; }

    /// <summary>Cluster number per document for each duplicate level (index = level); 0 when the article is in none.</summary>
    public required int[][] Clusters { get; init; }

    /// <summary>Per level, one more than the highest cluster number: the size of an array indexed by cluster.</summary>
    public required int[] ClusterBounds { get; init; }

    /// <summary>The distinct dates (yyyymmdd), and per document the index of its date among them (-1 when undated).</summary>
    public required int[] Days { get; init; }
    public required int[] DayOrdinals { get; init; }

    /// <summary>Live articles, newest first (undated last): the order of a browse with no query.</summary>
    public required int[] ByDateDescending { get; init; }

    /// <summary>The person catalogue: identity key → (canonical key, display name).</summary>
    public required IReadOnlyDictionary<string, PersonCatalogEntry> Catalog { get; init; }

    public int LiveCount => ByDateDescending.Length;

    public bool IsLive(int doc) => doc >= 0 && doc < Live.Length && Live[doc];

    public static ReaderSnapshot Load(IndexSearcher searcher)
    {
        var reader = (DirectoryReader)searcher.IndexReader;
        var catalog = LoadCatalog(searcher);
        var maxDoc = reader.MaxDoc;
        var live = new bool[maxDoc];
        var dates = new int[maxDoc];
        var outletOrdinals = new int[maxDoc];
        Array.Fill(outletOrdinals, -1);
        var clusters = new[] { new int[maxDoc], new int[maxDoc], new int[maxDoc] };
        var outlets = new FacetVocabulary();
        var persons = new MultiColumnBuilder(maxDoc);
        var cites = new MultiColumnBuilder(maxDoc);
        var term = new BytesRef();

        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var isArticle = atomic.GetDocsWithField(S.Sequence);
            if (isArticle is null) continue;
            var liveDocs = atomic.LiveDocs;
            var dateValues = atomic.GetNumericDocValues(S.Date);
            var clusterValues = S.ClusterValue.Select(atomic.GetNumericDocValues).ToArray();
            var outletValues = atomic.GetSortedDocValues(S.OutletValue);
            var outletMap = MapOrdinals(outletValues?.ValueCount ?? 0, (ord, t) => outletValues!.LookupOrd(ord, t),
                value => outlets.Add(value, value), term);
            var personValues = atomic.GetSortedSetDocValues(S.PersonValue);
            var personMap = MapOrdinals((int)(personValues?.ValueCount ?? 0), (ord, t) => personValues!.LookupOrd(ord, t),
                value => persons.Values.Add(PersonFacetKey(value, catalog, out var label), label), term);
            var citeValues = atomic.GetSortedSetDocValues(S.CitesValue);
            var citeMap = MapOrdinals((int)(citeValues?.ValueCount ?? 0), (ord, t) => citeValues!.LookupOrd(ord, t),
                value => cites.Values.Add(value, value), term);

            for (var local = 0; local < atomic.MaxDoc; local++)
            {
                var doc = leaf.DocBase + local;
                if (!isArticle.Get(local) || (liveDocs is not null && !liveDocs.Get(local))) continue;
                live[doc] = true;
                dates[doc] = (int)(dateValues?.Get(local) ?? 0);
                for (var level = 0; level < clusters.Length; level++) clusters[level][doc] = (int)(clusterValues[level]?.Get(local) ?? 0);
                if (outletValues is not null && outletValues.GetOrd(local) is var o and >= 0) outletOrdinals[doc] = outletMap[o];
                persons.Add(doc, local, personValues, personMap);
                cites.Add(doc, local, citeValues, citeMap);
            }
        }

        var (days, dayOrdinals, order) = DateOrder(live, dates);

        return new ReaderSnapshot
        {
            Generation = reader.Version,
            Live = live,
            DateInt = dates,
            Outlets = new OrdinalColumn(outletOrdinals, outlets),
            Persons = persons.Build(),
            Cites = cites.Build(),
            Clusters = clusters,
            ClusterBounds = clusters.Select(c => c.Length == 0 ? 1 : c.Max() + 1).ToArray(),
            Days = days,
            DayOrdinals = dayOrdinals,
            ByDateDescending = order,
            Catalog = catalog,
        };
    }

    /// <summary>
    /// The distinct dates, each live document's date ordinal, and the live documents newest first (then by document,
    /// descending; undated, 0, last): one sort of packed (date, document) keys, read backwards; at a million articles a
    /// tenth of a sort by comparison delegate.
    /// </summary>
    private static (int[] Days, int[] DayOrdinals, int[] Order) DateOrder(bool[] live, int[] dates)
    {
        var keys = new List<long>(live.Length);
        for (var doc = 0; doc < live.Length; doc++)
            if (live[doc]) keys.Add(((long)dates[doc] << 32) | (uint)doc);
        var sorted = keys.ToArray();
        Array.Sort(sorted);
        var order = new int[sorted.Length];
        var days = new List<int>();
        var dayOrdinals = new int[live.Length];
        Array.Fill(dayOrdinals, -1);
        for (var i = 0; i < sorted.Length; i++)
        {
            var (date, doc) = ((int)(sorted[i] >> 32), (int)(sorted[i] & 0xFFFFFFFF));
            order[sorted.Length - 1 - i] = doc;
            if (date == 0) continue;
            if (days.Count == 0 || days[^1] != date) days.Add(date);
            dayOrdinals[doc] = days.Count - 1;
        }
        return (days.ToArray(), dayOrdinals, order);
    }

    /// <summary>
    /// The person facet value a name stands for: the facet's own label or key, or else any spelling of the person as an
    /// article writes it ("Donald J. Trump", "Rubio", "Kim Jong-un"), through its identity key and the catalogue. So every
    /// person named on a page finds the articles the facet counts for that person. -1 when no article names it.
    /// </summary>
    public int FindPerson(string name)
    {
        var ordinal = Persons.Values.Find(name);
        if (ordinal >= 0) return ordinal;
        var key = Extraction.PersonKey.For(name);
        if (key.Length == 0) return -1;
        return Persons.Values.Find(Catalog.TryGetValue(key, out var entry) ? entry.CanonicalKey : key);
    }

    /// <summary>A person's facet key (the canonical identity) and label (its display name) from a stored "key␟name".</summary>
    private static string PersonFacetKey(string value, IReadOnlyDictionary<string, PersonCatalogEntry> catalog, out string label)
    {
        var (key, name) = S.ParsePersonValue(value);
        if (catalog.TryGetValue(key, out var entry))
        {
            label = entry.DisplayName;
            return entry.CanonicalKey;
        }
        label = name;
        return key;
    }

    private static int[] MapOrdinals(int count, Action<int, BytesRef> lookup, Func<string, int> add, BytesRef term)
    {
        var map = new int[count];
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, term);
            map[ord] = add(term.Utf8ToString());
        }
        return map;
    }

    private static Dictionary<string, PersonCatalogEntry> LoadCatalog(IndexSearcher searcher)
    {
        var hits = searcher.Search(new TermQuery(new Term(S.Kind, S.CatalogKind)), 1).ScoreDocs;
        if (hits.Length == 0) return new Dictionary<string, PersonCatalogEntry>(StringComparer.Ordinal);
        return DerivedDocuments.ReadCatalog(searcher.Doc(hits[0].Doc)).ToDictionary(e => e.Key, StringComparer.Ordinal);
    }

    /// <summary>Collects a multi-valued column in document order (segments are visited in order of their doc base).</summary>
    private sealed class MultiColumnBuilder(int maxDoc)
    {
        private readonly int[] _offsets = new int[maxDoc + 1];
        private readonly List<int> _ordinals = [];
        private int _lastDoc = -1;

        public FacetVocabulary Values { get; } = new();

        public void Add(int doc, int local, SortedSetDocValues? values, int[] map)
        {
            if (values is null) return;
            for (var d = _lastDoc + 1; d <= doc; d++) _offsets[d] = _ordinals.Count;
            _lastDoc = doc;
            values.SetDocument(local);
            var first = _ordinals.Count;
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                var value = map[ord];
                // Two identity keys merged into one person count once.
                if (_ordinals.IndexOf(value, first) < 0) _ordinals.Add(value);
            }
        }

        public MultiOrdinalColumn Build()
        {
            for (var d = _lastDoc + 1; d <= maxDoc; d++) _offsets[d] = _ordinals.Count;
            return new MultiOrdinalColumn(_offsets, [.. _ordinals], Values);
        }
    }
}

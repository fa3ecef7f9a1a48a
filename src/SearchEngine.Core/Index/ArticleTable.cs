using Lucene.Net.Index;
using Lucene.Net.Util;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// The live articles of one reader as columns by document number, read from doc values without touching stored
/// fields: id, sequence number, date and current cluster number per level, and the document of each id.
/// </summary>
internal sealed class ArticleTable
{
    private readonly Dictionary<string, int> _docOf = new(StringComparer.Ordinal);

    public ArticleTable(DirectoryReader reader)
    {
        var max = reader.MaxDoc;
        Ids = new string?[max];
        Sequences = new long[max];
        Dates = new int[max];
        Clusters = [new long[max], new long[max], new long[max]];
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ids = atomic.GetSortedDocValues(S.IdValue);
            var sequences = atomic.GetNumericDocValues(S.Sequence);
            var dates = atomic.GetNumericDocValues(S.Date);
            if (ids is null || sequences is null) continue;
            var clusters = S.ClusterValue.Select(atomic.GetNumericDocValues).ToArray();
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)) || ids.GetOrd(doc) < 0) continue;
                var at = leaf.DocBase + doc;
                ids.Get(doc, term);
                var id = term.Utf8ToString();
                Ids[at] = id;
                _docOf[id] = at;
                Sequences[at] = sequences.Get(doc);
                Dates[at] = (int)(dates?.Get(doc) ?? 0);
                for (var level = 0; level < clusters.Length; level++) Clusters[level][at] = clusters[level]?.Get(doc) ?? 0;
            }
        }
    }

    /// <summary>The article id of each live article document; null for deleted and non-article documents.</summary>
    public string?[] Ids { get; }

    public long[] Sequences { get; }

    /// <summary>yyyymmdd, 0 when undated.</summary>
    public int[] Dates { get; }

    /// <summary>Current cluster number per level (exact, near, story) and document; 0 when in none.</summary>
    public long[][] Clusters { get; }

    public int Count => _docOf.Count;

    public IEnumerable<int> Documents => _docOf.Values.Order();

    public int? DocOf(string id) => _docOf.TryGetValue(id, out var doc) ? doc : null;

    /// <summary>Origin order: the earliest dated article first, undated last, ties by id.</summary>
    public int CompareAsOrigin(int a, int b)
    {
        var (da, db) = (Dates[a] == 0 ? int.MaxValue : Dates[a], Dates[b] == 0 ? int.MaxValue : Dates[b]);
        return da != db ? da.CompareTo(db) : string.CompareOrdinal(Ids[a], Ids[b]);
    }
}

using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Core.Duplicates;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Rebuilds what is derived from all articles after a run changed any: the person catalogue (identity keys merged
/// corpus-wide, one display name each) and the duplicate clusters, matches and copied passages. Each article's cluster
/// number per level is set in place in its doc values (only where it changed), so collapsing reads it per document.
/// A cluster's number is the sequence number of its origin article, stable while the origin stays.
/// </summary>
internal static class DerivedDataRefresh
{
    private const int MaxStoredMatchesPerLevel = 25;
    private const int MaxStoredPassages = 25;
    private static readonly DuplicateLevel[] ClusterLevels = [DuplicateLevel.Exact, DuplicateLevel.Near, DuplicateLevel.Story];

    public static void Run(ArticleIndexWriter writer, List<IndexPhase> phases)
    {
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add(new IndexPhase(name, clock.Elapsed));
            clock.Restart();
        }

        using (var reader = writer.OpenReader())
        {
            writer.RemoveKind(S.CatalogKind);
            writer.Add(DerivedDocuments.Catalog(PersonCatalog.Resolve(CountPersonNames(reader))));
            Phase("persons");

            // Duplicates are matched afresh from the stored fingerprints: the work per article is bounded (see
            // DuplicateIndex), so this is linear in the number of articles.
            using var fingerprints = new FingerprintStore(reader);
            var duplicates = DuplicateIndex.LoadInOrder(fingerprints.InAddOrder(), shingles: fingerprints.ShinglesOf);
            Phase("duplicate matching");
            WriteDuplicates(writer, reader, duplicates);
        }
        writer.SetMeta(S.DerivedStaleKey, "0");
        writer.Commit();
        Phase("duplicate documents");
    }

    /// <summary>How many live articles name each (identity key, name as written) pair.</summary>
    private static List<PersonNameCount> CountPersonNames(DirectoryReader reader)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(S.PersonValue);
            if (values is null) continue;
            var perOrdinal = new int[values.ValueCount];
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) perOrdinal[ord]++;
            }
            for (var ord = 0; ord < perOrdinal.Length; ord++)
            {
                if (perOrdinal[ord] == 0) continue;
                values.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + perOrdinal[ord];
            }
        }
        var names = new List<PersonNameCount>(counts.Count);
        foreach (var (value, articles) in counts)
        {
            var (key, name) = S.ParsePersonValue(value);
            names.Add(new PersonNameCount(key, name, articles));
        }
        return names;
    }

    private static void WriteDuplicates(ArticleIndexWriter writer, DirectoryReader reader, DuplicateIndex duplicates)
    {
        var articles = ReadArticleValues(reader);
        writer.RemoveKind(S.ClusterKind);
        writer.RemoveKind(S.RelatedKind);
        foreach (var level in ClusterLevels)
        {
            var clusterOf = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var cluster in duplicates.Clusters(level))
            {
                if (!articles.TryGetValue(cluster.Origin.Id, out var origin)) continue;
                writer.Add(DerivedDocuments.Cluster(level, origin.Sequence, cluster));
                foreach (var member in cluster.Members) clusterOf[member.Id] = origin.Sequence;
            }
            foreach (var (id, values) in articles)
            {
                var number = clusterOf.GetValueOrDefault(id);
                if (values.Clusters[(int)level] != number) writer.SetArticleValue(id, S.ClusterValue[(int)level], number);
            }
        }

        foreach (var id in articles.Keys)
        {
            // An article of a much-reused wire story can match hundreds of others: keep the closest per level and the
            // longest passages, which is what a reader can use; clusters still hold every member.
            var matches = duplicates.MatchesOf(id).GroupBy(m => m.Level)
                .SelectMany(g => g.OrderByDescending(m => m.Similarity).Take(MaxStoredMatchesPerLevel)).ToList();
            var passages = duplicates.PassagesOf(id).OrderByDescending(p => p.Words).Take(MaxStoredPassages).ToList();
            if (matches.Count > 0 || passages.Count > 0) writer.Add(DerivedDocuments.Related(id, matches, passages));
        }
    }

    private sealed record ArticleValues(long Sequence, long[] Clusters);

    /// <summary>Each live article's sequence number and current cluster numbers, by id.</summary>
    private static Dictionary<string, ArticleValues> ReadArticleValues(DirectoryReader reader)
    {
        var articles = new Dictionary<string, ArticleValues>(StringComparer.Ordinal);
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ids = atomic.GetSortedDocValues(S.IdValue);
            var sequences = atomic.GetNumericDocValues(S.Sequence);
            if (ids is null || sequences is null) continue;
            var clusters = S.ClusterValue.Select(atomic.GetNumericDocValues).ToArray();
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)) || ids.GetOrd(doc) < 0) continue;
                ids.Get(doc, term);
                articles[term.Utf8ToString()] = new ArticleValues(sequences.Get(doc), clusters.Select(c => c?.Get(doc) ?? 0).ToArray());
            }
        }
        return articles;
    }
}

using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Core.Duplicates;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Brings what is derived from all articles up to date after a run changed any: the person catalogue (identity keys
/// merged corpus-wide, one display name each), rebuilt whole, and the duplicate links and clusters, refreshed around
/// the changed articles only (<see cref="DuplicateRefresh"/>).
/// </summary>
internal static class DerivedDataRefresh
{
    public static void Run(ArticleIndexWriter writer, List<IndexPhase> phases, DuplicateScorer scorer, Action<BuildStage> entering)
    {
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add(new IndexPhase(name, clock.Elapsed));
            clock.Restart();
        }

        var upTo = writer.PeekSequence();
        using (var reader = writer.OpenReader())
        {
            entering(BuildStage.Persons);
            writer.RemoveKind(S.CatalogKind);
            writer.Add(DerivedDocuments.Catalog(PersonCatalog.Resolve(CountPersonNames(reader))));
            Phase("persons");
            entering(BuildStage.Duplicates);

            // Only articles added or changed since the last refresh are matched (all of them the first time).
            var staleFrom = long.TryParse(writer.GetMeta(S.DuplicatesFromKey), out var from) ? from : 0;
            var matchedAllAt = long.TryParse(writer.GetMeta(S.DuplicatesMatchedAllKey), out var all) ? all : 0;
            var report = DuplicateRefresh.Run(writer, reader, staleFrom, matchedAllAt, scorer);
            writer.SetMeta(S.DuplicatesFromKey, upTo.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (report.Full) writer.SetMeta(S.DuplicatesMatchedAllKey, report.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        writer.SetMeta(S.DerivedStaleKey, "0");
        writer.Commit();
        Phase("duplicates");
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
}

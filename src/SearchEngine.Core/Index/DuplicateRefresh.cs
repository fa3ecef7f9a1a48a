using Lucene.Net.Index;
using SearchEngine.Core.Duplicates;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// Brings the duplicate links and clusters up to date with the articles, incrementally. Each article is filed in the
/// index under its duplicate keys (<see cref="DuplicateKeys"/>); an article added or changed since the last refresh
/// looks up the articles sharing its keys, scores each pair (<see cref="DuplicateScorer"/>, which reads nothing but the
/// two articles) and links those that match. Only the groups of linked articles it touches, and those a removed
/// article left, are clustered again (<see cref="DuplicateClustering"/>). A first build is the same procedure with
/// every article new, so an archive indexed at once and one indexed file by file get the same links and clusters (up
/// to the candidate limits: a key held by more than <see cref="DuplicateOptions.MaxPostings"/> articles, or more
/// candidates than an article scores, can make the order matter).
/// <para>
/// Each linked article has a derived document (<see cref="ArticleSchema.RelatedKind"/>) holding its links, shared
/// passages, sequence number and cluster numbers; each cluster has one (<see cref="ArticleSchema.ClusterKind"/>),
/// numbered by its origin's sequence number; and each article's cluster numbers are set in its doc values.
/// </para>
/// </summary>
internal sealed partial class DuplicateRefresh
{
    private readonly ArticleIndexWriter _writer;
    private readonly Lucene.Net.Search.IndexSearcher _searcher;
    private readonly DuplicateScorer _scorer;
    private readonly DuplicateOptions _options;
    private readonly ArticleTable _table;
    private readonly FingerprintReader _fingerprints;
    private readonly CandidateFinder _candidates;
    private readonly long _staleFrom;
    private readonly DirectoryReader _reader;
    private readonly FeatureFrequencies _frequencies;
    private readonly PairMatcher _matcher;

    // Links and passages of every article loaded so far, by document; an article is loaded once.
    private readonly Dictionary<int, List<StoredLinkTo>> _links = [];
    private readonly Dictionary<int, List<(int Other, SharedRun Run)>> _passages = [];
    private readonly HashSet<int> _changed = [];
    private readonly HashSet<string> _deleteRelated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleteClusters = new(StringComparer.Ordinal);

    private DuplicateRefresh(ArticleIndexWriter writer, DirectoryReader reader, ArticleTable table, DuplicateScorer scorer, long staleFrom)
    {
        _writer = writer;
        _searcher = new Lucene.Net.Search.IndexSearcher(reader);
        _scorer = scorer;
        _options = scorer.Options;
        _table = table;
        _staleFrom = staleFrom;
        _reader = reader;
        _frequencies = scorer.Frequencies(table.Count, staleFrom <= 0 ? FeatureCounts.All(reader) : FeatureCounts.Lazy(reader));
        _candidates = staleFrom <= 0 ? CandidateFinder.ReadingAll(reader, _options) : CandidateFinder.Seeking(reader, _options);
        _matcher = new PairMatcher(reader, table, scorer, _frequencies, _candidates);
        _fingerprints = _matcher.Fingerprints;
    }

    /// <summary>
    /// Refreshes links and clusters for the articles whose sequence number is at least <paramref name="staleFrom"/>
    /// and for those removed since; or matches every article again, rewriting every derived duplicate document, when
    /// there was no refresh yet (<paramref name="staleFrom"/> 0) or the archive's size has moved by more than
    /// <see cref="DuplicateOptions.RematchAfterChange"/> since <paramref name="matchedAllAt"/> articles were all matched.
    /// </summary>
    public static DuplicateRefreshReport Run(ArticleIndexWriter writer, DirectoryReader reader, long staleFrom, long matchedAllAt = 0,
        DuplicateScorer? scorer = null)
    {
        scorer ??= DuplicateScorer.Default;
        var table = new ArticleTable(reader);
        if (Math.Abs(table.Count - matchedAllAt) > scorer.Options.RematchAfterChange * matchedAllAt) staleFrom = 0;
        return new DuplicateRefresh(writer, reader, table, scorer, staleFrom).Run();
    }

    private bool Full => _staleFrom <= 0;

    private bool IsStale(int doc) => Full || _table.Sequences[doc] >= _staleFrom;

    private DuplicateRefreshReport Run()
    {
        var affected = new HashSet<int>();
        if (Full)
        {
            _writer.RemoveKind(S.RelatedKind);
            _writer.RemoveKind(S.ClusterKind);
        }
        else ForgetRemoved(affected);

        var stale = _table.Documents.Where(IsStale).ToList();
        var (found, shared) = MatchAll(stale);

        foreach (var doc in stale) { Load(doc); _changed.Add(doc); affected.Add(doc); }
        foreach (var (a, b, _) in found) { Load(a); Load(b); affected.Add(a); affected.Add(b); }
        foreach (var (a, b, _) in shared) { Load(a); Load(b); affected.Add(a); affected.Add(b); }
        foreach (var (a, b, link) in found) AddLink(a, b, link);
        foreach (var (a, b, run) in shared) AddPassage(a, b, run);

        var components = Recluster(affected);
        Write();
        return new DuplicateRefreshReport(Full, _table.Count, stale.Count, found.Count, shared.Select(p => PairMatcher.PairKey(p.A, p.B)).Distinct().Count(),
            affected.Count, components);
    }

    /// <summary>
    /// Matches the stale articles, on every core when there are many (each worker with its own readers and caches),
    /// and keeps each pair once: a pair of two stale articles may be found from both sides, with the same scores.
    /// </summary>
    private (List<(int A, int B, StoredLinkTo Link)>, List<(int A, int B, SharedRun Run)>) MatchAll(List<int> stale)
    {
        var workers = stale.Count < 2000 ? 1 : Environment.ProcessorCount;
        var matchers = new PairMatcher[workers];
        var chunk = (stale.Count + workers - 1) / Math.Max(1, workers);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            // Built on the worker's thread: Lucene hands each thread its own doc values readers.
            var matcher = workers == 1 ? _matcher : new PairMatcher(_reader, _table, _scorer, _frequencies, _candidates.ForAnotherThread());
            for (var i = worker * chunk; i < Math.Min(stale.Count, (worker + 1) * chunk); i++) matcher.Match(stale[i]);
            matchers[worker] = matcher;
        });
        var found = new List<(int A, int B, StoredLinkTo Link)>();
        var linked = new HashSet<long>();
        foreach (var matcher in matchers)
            foreach (var (a, b, link) in matcher.Found)
                if (linked.Add(PairMatcher.PairKey(a, b))) found.Add((a, b, link));
        var shared = new List<(int A, int B, SharedRun Run)>();
        var sideOf = new Dictionary<long, int>();
        foreach (var matcher in matchers)
            foreach (var (a, b, run) in matcher.Shared)
            {
                var key = PairMatcher.PairKey(a, b);
                if (sideOf.TryAdd(key, a) || sideOf[key] == a) shared.Add((a, b, run));
            }
        return (found, shared);
    }

    /// <summary>
    /// Finds the related documents of articles removed or replaced since the last refresh: their neighbours must be
    /// clustered again, and their documents and clusters go.
    /// </summary>
    private void ForgetRemoved(HashSet<int> affected)
    {
        var live = _table.Documents.Select(doc => _table.Sequences[doc]).ToHashSet();
        var reader = (DirectoryReader)_searcher.IndexReader;
        foreach (var leaf in reader.Leaves)
        {
            var sequences = leaf.AtomicReader.GetNumericDocValues(S.RelatedSequence);
            var has = leaf.AtomicReader.GetDocsWithField(S.RelatedSequence);
            if (sequences is null || has is null) continue;
            var liveDocs = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (!has.Get(doc) || (liveDocs is not null && !liveDocs.Get(doc)) || live.Contains(sequences.Get(doc))) continue;
                var stored = leaf.AtomicReader.Document(doc);
                var relations = DerivedDocuments.ReadRelations(stored);
                _deleteRelated.Add(stored.Get(S.RelatedOf));
                for (var level = 0; level < relations.Clusters.Length; level++)
                    if (relations.Clusters[level] > 0) _deleteClusters.Add(DerivedDocuments.ClusterKey((DuplicateLevel)level, relations.Clusters[level]));
                foreach (var other in relations.Links.Select(l => l.Other).Concat(relations.Passages.Select(p => p.Other)))
                    if (_table.DocOf(other) is { } neighbour) affected.Add(neighbour);
            }
        }
    }
}

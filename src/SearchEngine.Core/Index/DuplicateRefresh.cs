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
        var frequencies = staleFrom <= 0 ? FeatureCounts.All(reader) : FeatureCounts.Lazy(reader);
        _fingerprints = new FingerprintReader(reader, scorer, scorer.Frequencies(table.Count, frequencies));
        _candidates = new CandidateFinder(reader);
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
        var found = new List<(int A, int B, StoredLinkTo Link)>();
        var shared = new List<(int A, int B, List<SharedRun> Runs)>();
        foreach (var doc in stale) Match(doc, found, shared);

        foreach (var doc in stale) { Load(doc); _changed.Add(doc); affected.Add(doc); }
        foreach (var (a, b, _) in found) { Load(a); Load(b); affected.Add(a); affected.Add(b); }
        foreach (var (a, b, _) in shared) { Load(a); Load(b); affected.Add(a); affected.Add(b); }
        foreach (var (a, b, link) in found) AddLink(a, b, link);
        foreach (var (a, b, runs) in shared) AddPassages(a, b, runs);

        var components = Recluster(affected);
        Write();
        return new DuplicateRefreshReport(Full, _table.Count, stale.Count, found.Count, shared.Count, affected.Count, components);
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

    /// <summary>Scores one new or changed article against the candidates its keys find.</summary>
    private void Match(int doc, List<(int, int, StoredLinkTo)> found, List<(int, int, List<SharedRun>)> shared)
    {
        if (_fingerprints.Get(doc) is not { } me) return;
        var keys = DuplicateKeys.Of(me.Fingerprint, me.Story, _options);
        var postings = new List<int>();
        var textual = new HashSet<int>();
        var storyShared = new Dictionary<int, int>();
        var marksShared = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            postings.Clear();
            switch (key[0])
            {
                case DuplicateKeys.Exact or DuplicateKeys.Band:
                    if (_candidates.Postings(key, _options.MaxPostings, postings)) textual.UnionWith(postings);
                    break;
                case DuplicateKeys.Story:
                    if (_candidates.Postings(key, _options.MaxPostings, postings)) Count(storyShared, postings);
                    break;
                case DuplicateKeys.Mark:
                    if (_candidates.Postings(key, _options.MaxPassagePostings, postings)) Count(marksShared, postings);
                    break;
            }
        }

        var links = new Dictionary<int, StoredLinkTo>();
        foreach (var other in textual)
        {
            if (other == doc || _table.Ids[other] is null || Seen(doc, other) || _fingerprints.Get(other) is not { } them) continue;
            var exact = DuplicateScorer.IsExact(me.Fingerprint, them.Fingerprint);
            var near = exact ? 1 : _scorer.MayBeNear(me.Fingerprint, them.Fingerprint) ? _scorer.Near(_fingerprints.Shingles(doc), _fingerprints.Shingles(other)) : 0;
            if (exact || near > 0) links[other] = new StoredLinkTo(other, exact, (float)near, (float)_scorer.Story(me.Story, them.Story));
        }
        foreach (var other in Best(storyShared, _options.StoryMinSharedFeatures, _options.StoryMaxCandidates))
        {
            if (other == doc || links.ContainsKey(other) || Seen(doc, other) || _fingerprints.Get(other) is not { } them) continue;
            var story = _scorer.Story(me.Story, them.Story);
            if (story >= _options.StoryLinkThreshold) links[other] = new StoredLinkTo(other, false, 0, (float)story);
        }
        foreach (var (other, link) in links)
        {
            found.Add((doc, other, link));
            _pairs[PairKey(doc, other)] = link.Exact || link.Near > 0;
        }

        foreach (var other in Best(marksShared, 2, _options.MaxPassagePartners))
        {
            if (other == doc || _pairs.GetValueOrDefault(PairKey(doc, other)) || _passagePairs.Contains(PairKey(doc, other))) continue;
            if (_fingerprints.Get(other) is not { } them) continue;
            var runs = _scorer.Passages(me.MarksByHash, them.MarksByHash);
            if (runs.Count == 0) continue;
            shared.Add((doc, other, runs));
            _passagePairs.Add(PairKey(doc, other));
        }
    }

    /// <summary>Whether the pair was already linked from the other side (both new, the other matched first).</summary>
    private bool Seen(int doc, int other) => _pairs.ContainsKey(PairKey(doc, other));

    /// <summary>Pairs linked so far, and whether as copies (exact or near), which share no passages worth listing.</summary>
    private readonly Dictionary<long, bool> _pairs = [];
    private readonly HashSet<long> _passagePairs = [];

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void Count(Dictionary<int, int> counts, List<int> docs)
    {
        foreach (var doc in docs) counts[doc] = counts.GetValueOrDefault(doc) + 1;
    }

    /// <summary>The candidates sharing at least <paramref name="minimum"/> keys, most shared first (ties by id), at most <paramref name="limit"/>.</summary>
    private IEnumerable<int> Best(Dictionary<int, int> counts, int minimum, int limit) =>
        counts.Where(c => c.Value >= minimum && _table.Ids[c.Key] is not null)
            .OrderByDescending(c => c.Value).ThenBy(c => _table.Ids[c.Key], StringComparer.Ordinal)
            .Take(limit).Select(c => c.Key);
}

using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;
using SearchEngine.Core.Search.Query;

namespace SearchEngine.Core.Index;

/// <summary>
/// Searches an index folder. Thread-safe: each call borrows a point-in-time searcher from Lucene's
/// <see cref="SearcherManager"/>, so it sees one committed state even while an indexing run writes, and newer commits
/// are picked up within <see cref="RefreshInterval"/>. Facets are counted over the searcher's <see cref="ReaderSnapshot"/>.
/// </summary>
public sealed class ArticleSearcher : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(200);
    private readonly NewsAnalyzer _analyzer = new();
    private readonly Func<SearchField, float> _boost;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly SearcherManager _manager;
    private readonly string _indexDirectory;
    private long _lastRefresh = Stopwatch.GetTimestamp();

    /// <param name="indexDirectory">The folder holding the index.</param>
    /// <param name="fieldWeights">Boosts by field name, overriding <see cref="SearchFields"/>' defaults.</param>
    public ArticleSearcher(string indexDirectory, IReadOnlyDictionary<string, double>? fieldWeights = null)
    {
        if (!IndexStorage.HasCurrentIndex(indexDirectory)) throw new IndexNotFoundException(indexDirectory);
        _indexDirectory = indexDirectory;
        _boost = field => (float)(fieldWeights?.GetValueOrDefault(field.Name, field.Weight) ?? field.Weight);
        _directory = IndexStorage.Open(indexDirectory);
        _manager = new SearcherManager(_directory, new SnapshotSearcher.Factory());
    }

    /// <summary>True when the folder holds an index this build can search.</summary>
    public static bool Exists(string indexDirectory) => IndexStorage.HasCurrentIndex(indexDirectory);

    /// <summary>True when the folder holds an index an older build wrote, which the next indexing run rebuilds.</summary>
    public static bool IsOutdated(string indexDirectory) => IndexStorage.State(indexDirectory) == IndexState.Outdated;

    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        request = request with
        {
            Page = Math.Max(1, request.Page),
            PageSize = Math.Clamp(request.PageSize, 0, SearchRequest.MaxPageSize),
            FacetSize = Math.Clamp(request.FacetSize, 0, 10_000),
        };

        var parsed = QueryTextParser.Parse(request.Query);
        if (!parsed.Succeeded)
            return new SearchResult { Request = request, Error = parsed.Error!.Message, Elapsed = clock.Elapsed };
        return Read(searcher => Search(searcher, request, parsed)) with { Elapsed = clock.Elapsed };
    }

    private SearchResult Search(SnapshotSearcher searcher, SearchRequest request, ParseResult parsed)
    {
        var snapshot = searcher.Snapshot;
        var (query, candidates) = Match(searcher, parsed.Query!, request.Sort == SortOrder.Relevance);
        var filter = FacetFilter.Create(request, snapshot);
        var counts = new FacetCounts(snapshot);
        var hits = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!snapshot.IsLive(candidate.Doc)) continue;
            var failed = filter.Failed(candidate.Doc);
            if (failed == FacetFilter.None)
            {
                hits.Add(candidate);
                if (request.IncludeFacets) counts.CountAll(candidate.Doc);
            }
            else if (request.IncludeFacets && FacetFilter.IsSingle(failed))
                counts.CountOnly(failed, candidate.Doc);
        }

        var sort = query is null && request.Sort == SortOrder.Relevance ? SortOrder.Newest : request.Sort;
        var offset = (request.Page - 1) * request.PageSize;
        var fetcher = new HitFetcher(searcher, query);
        List<SearchHit> pageHits;
        int rows;
        if (request.Collapse is { } level && level != DuplicateLevel.Passage)
        {
            var collapsed = ResultPage.Collapse(ResultPage.Top(hits, snapshot, sort, 0, hits.Count), snapshot.Clusters[(int)level]);
            rows = collapsed.Count;
            var pageRows = collapsed.Skip(offset).Take(request.PageSize).ToList();
            pageHits = fetcher.Fetch(pageRows.Select(r => r[0]).ToList());
            for (var i = 0; i < pageHits.Count; i++)
                pageHits[i] = pageHits[i] with { More = pageRows[i].Skip(1).Take(ResultPage.MaxMorePerRow).Select(c => ArticleLookup.Summary(searcher, c.Doc)).ToList() };
        }
        else
        {
            rows = hits.Count;
            pageHits = fetcher.Fetch(ResultPage.Top(hits, snapshot, sort, offset, request.PageSize));
        }

        return new SearchResult
        {
            Request = request,
            Total = hits.Count,
            Stories = ResultPage.CountStories(hits, snapshot.Clusters[(int)DuplicateLevel.Story], snapshot.ClusterBounds[(int)DuplicateLevel.Story]),
            Rows = rows,
            Hits = pageHits,
            Facets = request.IncludeFacets ? counts.Facets(request, filter) : [],
            Dates = request.IncludeFacets ? counts.Dates(request.From, request.To) : DateHistogram.Empty,
            Warnings = parsed.Warnings.Select(w => w.Message).ToList(),
        };
    }

    /// <summary>
    /// Every article the query matches, with scores when ranking; a query that matches everything (empty) is the
    /// snapshot's browse order and yields a null Lucene query.
    /// </summary>
    private (Query? Query, List<Candidate> Matches) Match(SnapshotSearcher searcher, QueryNode node, bool scores)
    {
        if (node is MatchAllNode)
            return (null, searcher.Snapshot.ByDateDescending.Select(d => new Candidate(d, 0)).ToList());
        var query = LuceneQueryBuilder.Build(node, _analyzer, _boost);
        var collector = new AllMatchesCollector(scores);
        searcher.Search(query, collector);
        return (query, collector.Matches);
    }

    /// <summary>The stored article with that id, or null (also for ids that are not well-formed).</summary>
    public Article? GetArticle(string id) =>
        ArticleId.IsWellFormed(id) ? Read(searcher => ArticleLookup.Article(searcher, id)) : null;

    /// <summary>The articles that came from the same file as the given one (a digest's excerpts), in file order.</summary>
    public IReadOnlyList<ArticleSummary> GetArticlesFromFile(string sourcePath) =>
        Read(searcher => ArticleLookup.FromFile(searcher, sourcePath));

    /// <summary>An article's exact copies, near-duplicates and same-story articles, its clusters, and copied passages.</summary>
    public ArticleDuplicates GetDuplicates(string id) =>
        ArticleId.IsWellFormed(id) ? Read(searcher => ArticleLookup.Duplicates(searcher, id)) : ArticleDuplicates.None;

    /// <summary>
    /// The clusters of one level that a search touches (every cluster, for an empty request), largest and most widely
    /// covered first; each lists all its members, and <see cref="CoverageCluster.Matched"/> says how many matched.
    /// </summary>
    public IReadOnlyList<CoverageCluster> GetCoverage(SearchRequest request, DuplicateLevel level, int limit = 100)
    {
        if (level == DuplicateLevel.Passage) return [];
        var parsed = QueryTextParser.Parse(request.Query);
        if (!parsed.Succeeded) return [];
        return Read(searcher =>
        {
            var snapshot = searcher.Snapshot;
            var filter = FacetFilter.Create(request, snapshot);
            var matched = new Dictionary<int, int>();
            foreach (var candidate in Match(searcher, parsed.Query!, scores: false).Matches)
                if (snapshot.IsLive(candidate.Doc) && filter.Failed(candidate.Doc) == FacetFilter.None
                    && snapshot.Clusters[(int)level][candidate.Doc] is var cluster and > 0)
                    matched[cluster] = matched.GetValueOrDefault(cluster) + 1;

            var clusters = new List<CoverageCluster>();
            foreach (var (cluster, count) in matched)
                if (ArticleLookup.Cluster(searcher, level, cluster) is { Count: > 1 } members)
                    clusters.Add(new CoverageCluster(level, members, count));
            return clusters
                .OrderByDescending(c => c.Members.Count).ThenByDescending(c => c.Outlets.Count).ThenBy(c => c.FirstPublished ?? DateOnly.MaxValue)
                .Take(limit).ToList();
        });
    }

    /// <summary>Copied passages across the index, longest first, each pair once.</summary>
    public IReadOnlyList<(ArticleSummary Article, CopiedPassage Passage)> GetCopiedPassages(int limit = 100) =>
        Read(searcher => ArticleLookup.CopiedPassages(searcher, limit));

    public IndexStats GetStats() => Read(searcher =>
    {
        var snapshot = searcher.Snapshot;
        var dates = snapshot.Days;
        var files = searcher.Search(new TermQuery(new Term(ArticleSchema.Kind, ArticleSchema.FileKind)), 1).TotalHits;
        var size = new DirectoryInfo(_indexDirectory).EnumerateFiles().Sum(f => f.Length);
        return new IndexStats(
            Articles: snapshot.LiveCount,
            Files: files,
            Outlets: snapshot.Outlets.Values.Count,
            Persons: snapshot.Persons.Values.Count,
            CitedOutlets: snapshot.Cites.Values.Count,
            FirstDate: dates.Length > 0 ? ArticleSchema.ToDate(dates[0]) : null,
            LastDate: dates.Length > 0 ? ArticleSchema.ToDate(dates[^1]) : null,
            IndexBytes: size,
            Generation: snapshot.Generation,
            ExactClusters: Clusters(DuplicateLevel.Exact),
            NearClusters: Clusters(DuplicateLevel.Near),
            StoryClusters: Clusters(DuplicateLevel.Story));

        int Clusters(DuplicateLevel level) =>
            searcher.Search(new PrefixQuery(new Term(ArticleSchema.ClusterKey, DerivedDocuments.ClusterKey(level, 0)[..^1])), 1).TotalHits;
    });

    /// <summary>Runs a read on a borrowed searcher, first picking up newer commits when the last check is old enough.</summary>
    private T Read<T>(Func<SnapshotSearcher, T> read)
    {
        var now = Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref _lastRefresh);
        if (Stopwatch.GetElapsedTime(last, now) > RefreshInterval && Interlocked.CompareExchange(ref _lastRefresh, now, last) == last)
            _manager.MaybeRefresh();
        var searcher = (SnapshotSearcher)_manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Picks up the latest commit now (after an indexing run in this process, say).</summary>
    public void Refresh() => _manager.MaybeRefreshBlocking();

    public void Dispose()
    {
        _manager.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

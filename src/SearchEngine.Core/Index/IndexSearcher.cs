using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;
using SearchEngine.Core.Search.Query;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>
/// Searches an index. Thread-safe: each call takes a pooled connection and runs in one read transaction, so it sees
/// one committed state even while the indexer writes. Facets are counted in memory over a <see cref="FacetSnapshot"/>.
/// </summary>
public sealed class IndexSearcher
{
    private const char MarkStart = '\u0001';
    private const char MarkEnd = '\u0002';
    private const int MaxMorePerRow = 50;
    private const int SnippetTokens = 40;
    private const int PlainSnippetChars = 320;
    private const string Ellipsis = "…";
    private readonly string _indexDirectory;
    private readonly Ranker _ranker;
    private readonly Lock _snapshotLock = new();
    private readonly ConcurrentBag<ReaderSession> _sessions = [];
    private FacetSnapshot? _snapshot;

    /// <param name="indexDirectory">The folder holding the index.</param>
    /// <param name="fieldWeights">Boosts by field name, overriding <see cref="SearchFields"/>' defaults.</param>
    public IndexSearcher(string indexDirectory, IReadOnlyDictionary<string, double>? fieldWeights = null)
    {
        if (!Database.ExistsIn(indexDirectory)) throw new IndexNotFoundException(indexDirectory);
        _indexDirectory = indexDirectory;
        double Weight(SearchField field) => fieldWeights?.GetValueOrDefault(field.Name, field.Weight) ?? field.Weight;
        _ranker = new Ranker(new Bm25F(Weight(SearchFields.Title), Weight(SearchFields.Body), Weight(SearchFields.Quote)));
    }

    /// <summary>True when the folder holds a usable index.</summary>
    public static bool Exists(string indexDirectory) => Database.ExistsIn(indexDirectory);

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
        var compiled = Fts5QueryTranslator.Translate(parsed.Query!);
        return Read(session => Search(session, request, parsed, compiled)) with { Elapsed = clock.Elapsed };
    }

    private SearchResult Search(ReaderSession session, SearchRequest request, ParseResult parsed, CompiledQuery compiled)
    {
        var snapshot = Snapshot(session);

        List<Candidate> candidates;
        try
        {
            candidates = Match(session, compiled, snapshot);
            if (request.Sort == SortOrder.Relevance)
                candidates = _ranker.Score(session.Connection, session.Transaction!, snapshot, Ranker.RankingTerms(compiled.PositiveTerms), candidates);
        }
        catch (SqliteException ex)
        {
            return new SearchResult { Request = request, Error = $"the query could not be run ({ex.SqliteErrorCode})" };
        }

        var filter = FacetFilter.Create(request, snapshot);
        var counts = new FacetCounts(snapshot);
        var hits = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var failed = filter.Failed(candidate.Rowid);
            if (failed == FacetFilter.None)
            {
                hits.Add(candidate);
                if (request.IncludeFacets) counts.CountAll(candidate.Rowid);
            }
            else if (request.IncludeFacets && FacetFilter.IsSingle(failed))
                counts.CountOnly(failed, candidate.Rowid);
        }

        var sort = compiled.FtsMatch is null && request.Sort == SortOrder.Relevance ? SortOrder.Newest : request.Sort;
        var offset = (request.Page - 1) * request.PageSize;
        List<SearchHit> pageHits;
        int rows;
        if (request.Collapse is { } level && level != DuplicateLevel.Passage)
        {
            var collapsed = Collapse(TopPage(hits, snapshot, sort, 0, hits.Count), snapshot.Clusters[(int)level]);
            rows = collapsed.Count;
            var pageRows = collapsed.Skip(offset).Take(request.PageSize).ToList();
            pageHits = Fetch(session, compiled, pageRows.Select(r => r[0]).ToList());
            for (var i = 0; i < pageHits.Count; i++)
                pageHits[i] = pageHits[i] with { More = Summaries(session, pageRows[i].Skip(1).Take(MaxMorePerRow)) };
        }
        else
        {
            rows = hits.Count;
            pageHits = Fetch(session, compiled, TopPage(hits, snapshot, sort, offset, request.PageSize));
        }

        return new SearchResult
        {
            Request = request,
            Total = hits.Count,
            Stories = CountStories(hits, snapshot.Clusters[(int)DuplicateLevel.Story], snapshot.ClusterBounds[(int)DuplicateLevel.Story]),
            Rows = rows,
            Hits = pageHits,
            Facets = request.IncludeFacets ? counts.Facets(request, filter) : [],
            Dates = request.IncludeFacets ? counts.Dates() : DateHistogram.Empty,
            Warnings = parsed.Warnings.Select(w => w.Message).ToList(),
        };
    }

    /// <summary>The stored article with that id, or null (also for ids that are not well-formed).</summary>
    public Article? GetArticle(string id)
    {
        if (!ArticleId.IsWellFormed(id)) return null;
        using var connection = Database.OpenForReading(_indexDirectory);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, file_path, ordinal, title, inflate(body_z), outlet, author, date_int, url, content_hash, details
            FROM articles WHERE id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var details = ArticleDetails.Deserialize((byte[])reader.GetValue(10));
        return new Article
        {
            Id = reader.GetString(0),
            SourcePath = reader.GetString(1),
            Ordinal = reader.GetInt32(2),
            Title = reader.GetString(3),
            Text = reader.GetString(4),
            Outlet = NullIfEmpty(reader.GetString(5)),
            Author = NullIfEmpty(reader.GetString(6)),
            Date = reader.IsDBNull(7) ? null : ToDate(reader.GetInt32(7)),
            Url = reader.IsDBNull(8) ? null : reader.GetString(8),
            ContentHash = reader.GetString(9),
            Persons = details.Persons,
            Quotes = details.Quotes,
            CitedOutlets = details.CitedOutlets,
            Warnings = details.Warnings,
        };
    }

    /// <summary>The articles that came from the same file as the given one (a digest's excerpts), in file order.</summary>
    public IReadOnlyList<ArticleSummary> GetArticlesFromFile(string sourcePath)
    {
        using var connection = Database.OpenForReading(_indexDirectory);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, outlet, date_int FROM articles WHERE file_path = $p ORDER BY ordinal";
        command.Parameters.AddWithValue("$p", sourcePath);
        using var reader = command.ExecuteReader();
        var list = new List<ArticleSummary>();
        while (reader.Read())
            list.Add(new ArticleSummary(reader.GetString(0), reader.GetString(1), NullIfEmpty(reader.GetString(2)),
                reader.IsDBNull(3) ? null : ToDate(reader.GetInt32(3))));
        return list;
    }

    /// <summary>An article's exact copies, near-duplicates and same-story articles, its clusters, and copied passages.</summary>
    public ArticleDuplicates GetDuplicates(string id)
    {
        if (!ArticleId.IsWellFormed(id)) return ArticleDuplicates.None;
        using var connection = Database.OpenForReading(_indexDirectory);
        using var transaction = connection.BeginTransaction(deferred: true);

        var related = new List<RelatedArticle>();
        using (var command = FacetSnapshot.Command(connection, transaction, """
                   SELECT a.id, a.title, a.outlet, a.date_int, m.level, m.similarity
                   FROM duplicate_matches m JOIN articles a ON a.id = m.other_id
                   WHERE m.article_id = $id ORDER BY m.level, m.similarity DESC
                   """))
        {
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                related.Add(new RelatedArticle(ReadSummary(reader), (DuplicateLevel)reader.GetInt32(4), reader.GetDouble(5)));
        }

        var clusters = new Dictionary<DuplicateLevel, CoverageCluster>();
        using (var command = FacetSnapshot.Command(connection, transaction, """
                   SELECT a.id, a.title, a.outlet, a.date_int, c.level, c.similarity
                   FROM duplicate_clusters mine
                   JOIN duplicate_clusters c ON c.level = mine.level AND c.cluster = mine.cluster
                   JOIN articles a ON a.id = c.article_id
                   WHERE mine.article_id = $id ORDER BY c.level, c.position
                   """))
        {
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            var members = new Dictionary<DuplicateLevel, List<RelatedArticle>>();
            while (reader.Read())
            {
                var level = (DuplicateLevel)reader.GetInt32(4);
                if (!members.TryGetValue(level, out var list)) members[level] = list = [];
                list.Add(new RelatedArticle(ReadSummary(reader), level, reader.GetDouble(5)));
            }
            foreach (var (level, list) in members) clusters[level] = new CoverageCluster(level, list, list.Count);
        }

        var passages = new List<CopiedPassage>();
        using (var command = FacetSnapshot.Command(connection, transaction, """
                   SELECT a.id, a.title, a.outlet, a.date_int, p.span_start, p.span_end, p.other_start, p.other_end, p.words
                   FROM duplicate_passages p JOIN articles a ON a.id = p.other_id
                   WHERE p.article_id = $id ORDER BY p.span_start
                   """))
        {
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                passages.Add(new CopiedPassage(ReadSummary(reader), new TextSpan(reader.GetInt32(4), reader.GetInt32(5)),
                    new TextSpan(reader.GetInt32(6), reader.GetInt32(7)), reader.GetInt32(8)));
        }

        return new ArticleDuplicates(related, clusters, passages);
    }

    /// <summary>
    /// The clusters of one level that a search touches (every cluster, for an empty request), largest and most widely
    /// covered first; each lists all its members, and <see cref="CoverageCluster.Matched"/> says how many matched.
    /// </summary>
    public IReadOnlyList<CoverageCluster> GetCoverage(SearchRequest request, DuplicateLevel level, int limit = 100)
    {
        if (level == DuplicateLevel.Passage) return [];
        return Read(session => Coverage(session, request, level, limit));
    }

    private List<CoverageCluster> Coverage(ReaderSession session, SearchRequest request, DuplicateLevel level, int limit)
    {
        var matched = new Dictionary<int, int>();
        var snapshot = Snapshot(session);
        foreach (var rowid in MatchingRowids(session, request, snapshot))
            if (snapshot.Clusters[(int)level][rowid] is var cluster and > 0)
                matched[cluster] = matched.GetValueOrDefault(cluster) + 1;

        var clusters = new List<CoverageCluster>();
        var command = session.Command("""
            SELECT a.id, a.title, a.outlet, a.date_int, c.similarity
            FROM duplicate_clusters c JOIN articles a ON a.id = c.article_id
            WHERE c.level = $level AND c.cluster = $cluster ORDER BY c.position
            """);
        command.Parameters.AddWithValue("$level", (int)level);
        var clusterParameter = command.Parameters.Add("$cluster", SqliteType.Integer);
        foreach (var (cluster, count) in matched)
        {
            clusterParameter.Value = cluster;
            using var reader = command.ExecuteReader();
            var members = new List<RelatedArticle>();
            while (reader.Read()) members.Add(new RelatedArticle(ReadSummary(reader), level, reader.GetDouble(4)));
            if (members.Count > 1) clusters.Add(new CoverageCluster(level, members, count));
        }

        return clusters
            .OrderByDescending(c => c.Members.Count).ThenByDescending(c => c.Outlets.Count).ThenBy(c => c.FirstPublished ?? DateOnly.MaxValue)
            .Take(limit).ToList();
    }

    /// <summary>Copied passages across the index, longest first, each pair once.</summary>
    public IReadOnlyList<(ArticleSummary Article, CopiedPassage Passage)> GetCopiedPassages(int limit = 100)
    {
        using var connection = Database.OpenForReading(_indexDirectory);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.title, a.outlet, a.date_int, o.id, o.title, o.outlet, o.date_int,
                   p.span_start, p.span_end, p.other_start, p.other_end, p.words
            FROM duplicate_passages p
            JOIN articles a ON a.id = p.article_id JOIN articles o ON o.id = p.other_id
            WHERE p.article_id < p.other_id
            ORDER BY p.words DESC, a.id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var list = new List<(ArticleSummary, CopiedPassage)>();
        while (reader.Read())
            list.Add((ReadSummary(reader), new CopiedPassage(ReadSummary(reader, 4),
                new TextSpan(reader.GetInt32(8), reader.GetInt32(9)), new TextSpan(reader.GetInt32(10), reader.GetInt32(11)), reader.GetInt32(12))));
        return list;
    }

    private static IEnumerable<int> MatchingRowids(ReaderSession session, SearchRequest request, FacetSnapshot snapshot)
    {
        var parsed = QueryTextParser.Parse(request.Query);
        if (!parsed.Succeeded) return [];
        var filter = FacetFilter.Create(request, snapshot);
        return Match(session, Fts5QueryTranslator.Translate(parsed.Query!), snapshot)
            .Where(c => filter.Failed(c.Rowid) == FacetFilter.None).Select(c => c.Rowid).ToList();
    }

    public IndexStats GetStats() => Read(Stats);

    private IndexStats Stats(ReaderSession session)
    {
        var (connection, transaction) = (session.Connection, session.Transaction);
        var snapshot = Snapshot(session);
        var dates = snapshot.ByDateDescending.Select(r => snapshot.DateInt[r]).Where(d => d > 0).ToList();
        long Count(string sql) => FacetSnapshot.Query<long>(connection, transaction, sql);
        var path = Database.PathIn(_indexDirectory);
        var size = new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
        return new IndexStats(
            Articles: snapshot.LiveCount,
            Files: (int)Count("SELECT count(*) FROM files"),
            Outlets: snapshot.Outlets.Values.Count,
            Persons: snapshot.Persons.Values.Count,
            CitedOutlets: snapshot.Cites.Values.Count,
            FirstDate: dates.Count > 0 ? ToDate(dates.Min()) : null,
            LastDate: dates.Count > 0 ? ToDate(dates.Max()) : null,
            IndexBytes: size,
            Generation: snapshot.Generation);
    }

    /// <summary>Runs a read in a pooled session, inside one read transaction; a session that failed is closed, not pooled.</summary>
    private T Read<T>(Func<ReaderSession, T> read)
    {
        var session = Rent();
        try
        {
            session.Begin();
            var result = read(session);
            session.End();
            Return(session);
            return result;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private ReaderSession Rent() => _sessions.TryTake(out var session) ? session : new ReaderSession(_indexDirectory);

    private void Return(ReaderSession session)
    {
        // Keep about as many as searches run at once; a burst beyond that closes its extra connections.
        if (_sessions.Count < Environment.ProcessorCount * 2) _sessions.Add(session);
        else session.Dispose();
    }

    private FacetSnapshot Snapshot(ReaderSession session)
    {
        var generation = long.Parse(session.Command("SELECT value FROM meta WHERE key = 'generation'").ExecuteScalar() as string ?? "0",
            CultureInfo.InvariantCulture);
        var current = _snapshot;
        if (current is not null && current.Generation == generation) return current;
        lock (_snapshotLock)
        {
            if (_snapshot is null || _snapshot.Generation != generation)
                _snapshot = FacetSnapshot.Load(session.Connection, session.Transaction, generation);
            return _snapshot;
        }
    }

    private static List<Candidate> Match(ReaderSession session, CompiledQuery query, FacetSnapshot snapshot)
    {
        if (query.FtsMatch is null && query.SqlWhere is null)
            return snapshot.ByDateDescending.Select(r => new Candidate(r, 0)).ToList();

        // A condition on dates alone is tested against the snapshot's dates: in SQL it looks every match's row up, and
        // a row holding a long body keeps its date past the body on an overflow page.
        var dates = query.DateRanges;
        if (dates is not null && query.FtsMatch is null)
        {
            var all = new List<Candidate>();
            for (var rowid = 1; rowid < snapshot.Live.Length; rowid++)
                if (snapshot.Live[rowid] && InRanges(snapshot.DateInt[rowid], dates)) all.Add(new Candidate(rowid, 0));
            return all;
        }

        var sql = query.FtsMatch is null
            ? $"SELECT a.rowid AS rowid FROM articles a WHERE ({query.SqlWhere})"
            : query.SqlWhere is null || dates is not null
                ? "SELECT rowid FROM articles_fts WHERE articles_fts MATCH $match"
                // The full-text match drives; each match then looks its article up by rowid to test the condition.
                : "SELECT articles_fts.rowid AS rowid FROM articles_fts CROSS JOIN articles a ON a.rowid = articles_fts.rowid"
                  + $" WHERE articles_fts MATCH $match AND ({query.SqlWhere})";

        // One row holding every rowid is several times cheaper to read than a row per match.
        var command = session.Command($"SELECT group_concat(rowid) FROM ({sql})");
        if (query.FtsMatch is not null) command.Parameters.AddWithValue("$match", query.FtsMatch);
        if (dates is null)
            foreach (var (name, value) in query.Parameters) command.Parameters.AddWithValue(name, value);
        var rowids = command.ExecuteScalar() as string ?? "";
        var list = new List<Candidate>(rowids.AsSpan().Count(',') + 1);
        var current = 0;
        for (var i = 0; i <= rowids.Length; i++)
        {
            if (i < rowids.Length && rowids[i] is >= '0' and <= '9')
            {
                current = current * 10 + (rowids[i] - '0');
                continue;
            }
            if (snapshot.IsLive(current) && (dates is null || InRanges(snapshot.DateInt[current], dates)))
                list.Add(new Candidate(current, 0));
            current = 0;
        }
        return list;
    }

    /// <summary>Whether a date (yyyymmdd, 0 when undated) lies in every range; undated never does.</summary>
    private static bool InRanges(int date, IReadOnlyList<(int From, int To)> ranges)
    {
        if (date == 0) return false;
        foreach (var (from, to) in ranges)
            if (date < from || date > to) return false;
        return true;
    }

    private static List<Candidate> TopPage(List<Candidate> hits, FacetSnapshot snapshot, SortOrder sort, int offset, int size)
    {
        if (size == 0 || offset >= hits.Count) return [];
        var dates = snapshot.DateInt;
        Comparison<Candidate> compare = sort switch
        {
            SortOrder.Newest => (a, b) => dates[a.Rowid] != dates[b.Rowid] ? dates[b.Rowid].CompareTo(dates[a.Rowid]) : b.Rowid.CompareTo(a.Rowid),
            // Undated articles go last whichever way dates run.
            SortOrder.Oldest => (a, b) => dates[a.Rowid] != dates[b.Rowid]
                ? (dates[a.Rowid] == 0 ? 1 : dates[b.Rowid] == 0 ? -1 : dates[a.Rowid].CompareTo(dates[b.Rowid]))
                : a.Rowid.CompareTo(b.Rowid),
            // Higher scores first; ties go to the newer article.
            _ => (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : dates[b.Rowid].CompareTo(dates[a.Rowid]),
        };

        var keep = offset + size;
        if (hits.Count <= keep * 4)
        {
            var all = hits.ToArray();
            Array.Sort(all, compare);
            return all.Skip(offset).Take(size).ToList();
        }

        // Bounded heap: the worst kept candidate on top, so n log k instead of n log n.
        var heap = new PriorityQueue<Candidate, Candidate>(keep + 1, Comparer<Candidate>.Create((a, b) => compare(b, a)));
        foreach (var hit in hits)
        {
            if (heap.Count < keep) heap.Enqueue(hit, hit);
            else if (compare(hit, heap.Peek()) < 0) heap.EnqueueDequeue(hit, hit);
        }
        var top = new Candidate[heap.Count];
        for (var i = top.Length - 1; i >= 0; i--) top[i] = heap.Dequeue();
        return top.Skip(offset).ToList();
    }

    /// <summary>Groups ranked hits by cluster: each group keeps the rank of its best hit; unclustered hits stand alone.</summary>
    private static List<List<Candidate>> Collapse(List<Candidate> ranked, int[] clusterOf)
    {
        var rows = new List<List<Candidate>>();
        var rowOfCluster = new Dictionary<int, List<Candidate>>();
        foreach (var hit in ranked)
        {
            var cluster = clusterOf[hit.Rowid];
            if (cluster != 0 && rowOfCluster.TryGetValue(cluster, out var row))
            {
                row.Add(hit);
                continue;
            }
            row = [hit];
            rows.Add(row);
            if (cluster != 0) rowOfCluster[cluster] = row;
        }
        return rows;
    }

    private static int CountStories(List<Candidate> hits, int[] storyOf, int clusterBound)
    {
        var seen = new bool[clusterBound];
        var stories = 0;
        foreach (var hit in hits)
        {
            var story = storyOf[hit.Rowid];
            if (story == 0) stories++;
            else if (!seen[story])
            {
                seen[story] = true;
                stories++;
            }
        }
        return stories;
    }

    private static List<ArticleSummary> Summaries(ReaderSession session, IEnumerable<Candidate> candidates)
    {
        var command = session.Command("SELECT id, title, outlet, date_int FROM articles WHERE rowid = $r");
        var rowid = command.Parameters.Add("$r", SqliteType.Integer);
        var list = new List<ArticleSummary>();
        foreach (var candidate in candidates)
        {
            rowid.Value = candidate.Rowid;
            using var reader = command.ExecuteReader();
            if (reader.Read()) list.Add(ReadSummary(reader));
        }
        return list;
    }

    private static ArticleSummary ReadSummary(SqliteDataReader reader, int first = 0) => new(
        reader.GetString(first), reader.GetString(first + 1), NullIfEmpty(reader.GetString(first + 2)),
        reader.IsDBNull(first + 3) ? null : ToDate(reader.GetInt32(first + 3)));

    /// <summary>
    /// The page's hits with title, snippet and quotes marked. The marking is FTS5's highlight() and snippet() done in
    /// C# (<see cref="FtsHighlighter"/>) over the row's own text: asking FTS5 would re-run the query per hit and
    /// re-tokenise each body through the <c>inflate</c> callback, which cost more than the rest of a search.
    /// </summary>
    private static List<SearchHit> Fetch(ReaderSession session, CompiledQuery query, List<Candidate> page)
    {
        var hits = new List<SearchHit>(page.Count);
        if (page.Count == 0) return hits;
        var expression = query.FtsMatch is null ? null : FtsExpression.Parse(query.FtsMatch);
        var highlighter = expression is null ? null : new FtsHighlighter(expression, MarkStart.ToString(), MarkEnd.ToString());
        var wantedTerms = expression?.Terms;
        // The full-text columns in index order (body compressed), then the fields a hit shows.
        var columns = string.Join(", ", SearchFields.All.Select(f => f == SearchFields.Body ? "body_z" : f.Name));
        var command = session.Command($"SELECT {columns}, id, date_int, details FROM articles WHERE rowid = $rowid");
        var rowidParameter = command.Parameters.Add("$rowid", SqliteType.Integer);
        var fieldCount = SearchFields.All.Count;
        var bodyColumn = FieldIndex(SearchFields.Body);
        var texts = new string[fieldCount];
        var tokens = new List<TextToken>?[fieldCount];
        foreach (var candidate in page)
        {
            rowidParameter.Value = candidate.Rowid;
            using var reader = command.ExecuteReader();
            if (!reader.Read()) continue;
            for (var i = 0; i < fieldCount; i++)
            {
                texts[i] = i == bodyColumn ? TextCompression.Decompress((byte[])reader.GetValue(i)) ?? "" : reader.GetString(i);
                tokens[i] = null;
            }
            var title = texts[FieldIndex(SearchFields.Title)];
            string titleMarked, snippet, quotesMarked;
            if (highlighter is null || expression is null)
            {
                (titleMarked, snippet, quotesMarked) = (title, LeadingText(texts[bodyColumn]), "");
            }
            else
            {
                List<TextToken> TokensOf(int column)
                {
                    if (tokens[column] is { } known) return known;
                    var list = new List<TextToken>();
                    TermAnalyzer.Tokenize(texts[column], list, wantedTerms);
                    return tokens[column] = list;
                }

                var instances = expression.Instances(TokensOf);
                var titleColumn = FieldIndex(SearchFields.Title);
                var quoteColumn = FieldIndex(SearchFields.Quote);
                titleMarked = highlighter.Highlight(title, TokensOf(titleColumn), instances, titleColumn);
                snippet = highlighter.Snippet(texts[bodyColumn], TokensOf(bodyColumn), instances, bodyColumn, Ellipsis, SnippetTokens);
                quotesMarked = highlighter.Highlight(texts[quoteColumn], TokensOf(quoteColumn), instances, quoteColumn);
            }

            var date = reader.IsDBNull(fieldCount + 1) ? (DateOnly?)null : ToDate(reader.GetInt32(fieldCount + 1));
            hits.Add(new SearchHit(
                Id: reader.GetString(fieldCount),
                Title: title,
                TitleHtml: MarkedToHtml(titleMarked),
                SnippetHtml: MarkedToHtml(snippet.Replace('\n', ' ')),
                Outlet: NullIfEmpty(texts[FieldIndex(SearchFields.Outlet)]),
                Date: date,
                Author: NullIfEmpty(texts[FieldIndex(SearchFields.Author)]),
                Score: candidate.Score,
                // The details (compressed JSON) are read only for the speakers of matching quotes.
                Quotes: MatchingQuotes(quotesMarked, () => ArticleDetails.QuoteSpeakers((byte[])reader.GetValue(fieldCount + 2)))));
        }
        return hits;
    }

    private static int FieldIndex(SearchField field)
    {
        for (var i = 0; i < SearchFields.All.Count; i++)
            if (SearchFields.All[i] == field) return i;
        throw new ArgumentException($"{field.Name} is not a full-text field", nameof(field));
    }

    /// <summary>
    /// A body's opening for a hit with nothing to mark: its first 320 characters (code points, as SQLite's substr counts
    /// them), cut back to a word boundary with an ellipsis when the body goes on.
    /// </summary>
    private static string LeadingText(string body)
    {
        var end = 0;
        for (var runes = 0; end < body.Length && runes < PlainSnippetChars; runes++)
            end += char.IsHighSurrogate(body[end]) && end + 1 < body.Length && char.IsLowSurrogate(body[end + 1]) ? 2 : 1;
        var snippet = body[..end];
        if (snippet.Length >= PlainSnippetChars && snippet.LastIndexOf(' ') is > 200 and var cut) snippet = snippet[..cut] + " " + Ellipsis;
        return snippet;
    }

    /// <summary>The quote column holds one quote a line, in the article's order: marked lines are the matching quotes.</summary>
    private static List<HitQuote> MatchingQuotes(string markedQuotes, Func<IReadOnlyList<string?>> readSpeakers)
    {
        var result = new List<HitQuote>();
        if (!markedQuotes.Contains(MarkStart)) return result;
        var speakers = readSpeakers();
        var lines = markedQuotes.Split('\n');
        for (var i = 0; i < lines.Length && result.Count < 3; i++)
            if (lines[i].Contains(MarkStart))
                result.Add(new HitQuote(MarkedToHtml(lines[i]), i < speakers.Count ? speakers[i] : null));
        return result;
    }

    /// <summary>HTML-encodes text and turns the highlight markers (control characters never found in stored text) into marks.</summary>
    internal static string MarkedToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var segment = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != MarkStart && marked[i] != MarkEnd) continue;
            html.Append(WebUtility.HtmlEncode(marked[segment..i]));
            segment = i + 1;
            if (i == marked.Length) break;
            if (marked[i] == MarkStart && !open) html.Append("<mark>");
            else if (marked[i] == MarkEnd && open) html.Append("</mark>");
            open = marked[i] == MarkStart || (open && marked[i] != MarkEnd);
        }
        if (open) html.Append("</mark>");
        return html.ToString();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    internal static DateOnly ToDate(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

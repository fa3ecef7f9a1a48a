using Microsoft.Data.Sqlite;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Core.Index;

/// <summary>
/// The single writer. Every change to a file's articles (full-text rows, stored fields, facet rows) happens inside one
/// transaction, so a killed run leaves the last committed state whole.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    // Postings of the articles written in the current batch, flushed as one segment per term at commit.
    private readonly Dictionary<string, List<(long Rowid, FieldCounts Counts)>> _pendingPostings = new(StringComparer.Ordinal);
    private long _pendingFirstRowid = long.MaxValue, _pendingLastRowid, _pendingArticles;

    public IndexWriter(string indexDirectory)
    {
        _connection = Database.OpenForWriting(indexDirectory);
        Schema.Create(_connection);
    }

    /// <summary>What the index knows of each file, to decide what changed.</summary>
    public Dictionary<string, IndexedFile> LoadFiles()
    {
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT f.path, f.size, f.mtime, f.content_hash, f.signature, (SELECT count(*) FROM articles a WHERE a.file_path = f.path)
            FROM files f
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            files[reader.GetString(0)] = new IndexedFile(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                reader.GetString(3), reader.GetString(4), reader.GetInt32(5));
        return files;
    }

    public void Begin() => _transaction ??= _connection.BeginTransaction();

    /// <summary>Commits the batch and moves the generation on, so readers know to refresh.</summary>
    public void Commit()
    {
        if (_transaction is null) return;
        FlushPostings();
        Run("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    public string? GetMeta(string key) =>
        Scalar<string>("SELECT value FROM meta WHERE key = $k", ("$k", key));

    public void SetMeta(string key, string value) =>
        Run("INSERT INTO meta(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$k", key), ("$v", value));

    /// <summary>The ids of a file's articles as indexed now.</summary>
    public HashSet<string> ArticleIdsOf(string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var command = Command("SELECT id FROM articles WHERE file_path = $p", ("$p", path));
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>Removes a file and every article it held, from every table.</summary>
    public void RemoveFile(string path)
    {
        var columns = Schema.FtsColumns;
        Run($"""
            INSERT INTO articles_fts(articles_fts, rowid, {columns})
              SELECT 'delete', rowid, {columns} FROM articles_content
              WHERE rowid IN (SELECT rowid FROM articles WHERE file_path = $p)
            """, ("$p", path));
        Run("DELETE FROM article_persons WHERE article_rowid IN (SELECT rowid FROM articles WHERE file_path = $p)", ("$p", path));
        Run("DELETE FROM article_cites WHERE article_rowid IN (SELECT rowid FROM articles WHERE file_path = $p)", ("$p", path));
        Run("DELETE FROM fingerprints WHERE article_rowid IN (SELECT rowid FROM articles WHERE file_path = $p)", ("$p", path));
        Run("DELETE FROM articles WHERE file_path = $p", ("$p", path));
        Run("DELETE FROM files WHERE path = $p", ("$p", path));
    }

    /// <summary>Replaces whatever the index holds for a file with these articles.</summary>
    public void PutFile(SourceFile file, SourceDocument document, string signature,
        IReadOnlyList<AnalyzedArticle> articles, bool replacing)
    {
        if (replacing) RemoveFile(file.RelativePath);
        Run("INSERT INTO files(path, size, mtime, content_hash, signature, encoding_note) VALUES ($p, $s, $m, $h, $g, $e)",
            ("$p", file.RelativePath), ("$s", file.Size), ("$m", file.LastWriteTicks), ("$h", document.ContentHash),
            ("$g", signature), ("$e", document.EncodingNote));
        foreach (var article in articles) InsertArticle(article);
    }

    /// <summary>Records a file's new size and time when its content did not change.</summary>
    public void TouchFile(SourceFile file) =>
        Run("UPDATE files SET size = $s, mtime = $m WHERE path = $p",
            ("$p", file.RelativePath), ("$s", file.Size), ("$m", file.LastWriteTicks));

    private static readonly string InsertArticleSql = $"""
        INSERT INTO articles(id, file_path, ordinal, {string.Join(", ", SearchFields.All.Select(f => f == SearchFields.Body ? "body_z" : f.Name))},
                             date_int, title_terms, body_terms, quote_terms, url, content_hash, details)
        VALUES ($id, $path, $ordinal, {string.Join(", ", SearchFields.All.Select(f => "$" + f.Name))}, $date, $tt, $bt, $qt, $url, $hash, $details)
        RETURNING rowid
        """;

    private static readonly string InsertFtsSql =
        $"INSERT INTO articles_fts(rowid, {string.Join(", ", SearchFields.All.Select(f => f.Name))}) VALUES ($rowid, {string.Join(", ", SearchFields.All.Select(f => "$" + f.Name))})";

    private void InsertArticle(AnalyzedArticle analyzed)
    {
        var (article, terms, fields) = (analyzed.Article, analyzed.Terms, analyzed.Fields);
        var command = Prepared(InsertArticleSql);
        Bind(command, ("$id", article.Id), ("$path", article.SourcePath), ("$ordinal", article.Ordinal),
            ("$date", article.Date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null),
            ("$tt", terms.TitleLength), ("$bt", terms.BodyLength), ("$qt", terms.QuoteLength),
            ("$url", article.Url), ("$hash", article.ContentHash), ("$details", analyzed.Details));
        foreach (var field in SearchFields.All) Bind(command, ("$" + field.Name, fields[field.Name]));
        Bind(command, ("$" + SearchFields.Body.Name, analyzed.CompressedBody));
        var rowid = (long)command.ExecuteScalar()!;
        (_pendingFirstRowid, _pendingLastRowid, _pendingArticles) = (Math.Min(_pendingFirstRowid, rowid), Math.Max(_pendingLastRowid, rowid), _pendingArticles + 1);
        foreach (var (term, counts) in terms.Terms)
        {
            if (!_pendingPostings.TryGetValue(term, out var list)) _pendingPostings[term] = list = [];
            list.Add((rowid, counts));
        }

        var fts = Prepared(InsertFtsSql);
        Bind(fts, ("$rowid", rowid));
        foreach (var field in SearchFields.All) Bind(fts, ("$" + field.Name, fields[field.Name]));
        fts.ExecuteNonQuery();

        Run("INSERT INTO fingerprints(article_rowid, data) VALUES ($r, $d)", ("$r", rowid), ("$d", analyzed.FingerprintBytes));
        foreach (var person in article.Persons.DistinctBy(p => p.Key))
            Run("INSERT OR IGNORE INTO article_persons(article_rowid, person_key, name) VALUES ($r, $k, $n)",
                ("$r", rowid), ("$k", person.Key), ("$n", person.Name));
        foreach (var outlet in article.CitedOutlets.Distinct(StringComparer.OrdinalIgnoreCase))
            Run("INSERT OR IGNORE INTO article_cites(article_rowid, outlet) VALUES ($r, $o)", ("$r", rowid), ("$o", outlet));
    }

    /// <summary>The text each full-text field indexes for an article.</summary>
    internal static Dictionary<string, string> FieldValues(Article article) => new()
    {
        [SearchFields.Title.Name] = article.Title,
        [SearchFields.Body.Name] = article.Text,
        [SearchFields.Quote.Name] = string.Join('\n', article.Quotes.Select(q => q.Text.Replace('\n', ' '))),
        [SearchFields.Speaker.Name] = string.Join('\n', article.Quotes.Select(q => q.Speaker).OfType<string>().Distinct()),
        // Names as written, and each person's identity key, so that person:Zelenskyy also finds Zelenskiy.
        [SearchFields.Person.Name] = string.Join('\n', article.Persons.SelectMany(p => p.Aliases.Prepend(p.Name).Append(p.Key)).Distinct()),
        [SearchFields.Outlet.Name] = article.Outlet ?? "",
        [SearchFields.Cites.Name] = string.Join('\n', article.CitedOutlets),
        [SearchFields.Author.Name] = article.Author ?? "",
    };

    /// <summary>Rebuilds the derived person catalogue (canonical names and aliases) from the facet rows.</summary>
    public void RefreshPersons(Func<IEnumerable<PersonNameCount>, IEnumerable<PersonCatalogEntry>> resolve)
    {
        var counts = new List<PersonNameCount>();
        using (var command = Command("SELECT person_key, name, count(*) FROM article_persons GROUP BY person_key, name"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) counts.Add(new PersonNameCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));

        Run("DELETE FROM persons");
        using var insert = Command("INSERT INTO persons(key, canonical_key, display_name, aliases) VALUES ($k, $c, $d, $a)");
        var (k, c, d, a) = (insert.Parameters.Add("$k", SqliteType.Text), insert.Parameters.Add("$c", SqliteType.Text),
            insert.Parameters.Add("$d", SqliteType.Text), insert.Parameters.Add("$a", SqliteType.Text));
        foreach (var entry in resolve(counts))
        {
            (k.Value, c.Value, d.Value, a.Value) = (entry.Key, entry.CanonicalKey, entry.DisplayName, string.Join('\n', entry.Aliases));
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Appends the batch's postings as a new segment, its rows in term order, so a batch writes a contiguous run of
    /// pages wherever the table stands (keyed by term first, every batch dirtied pages all over a table that grows
    /// with the index, and commits slowed as it grew). Then applies <see cref="PostingsMergePolicy"/>.
    /// </summary>
    private void FlushPostings()
    {
        if (_pendingPostings.Count == 0) return;
        var segment = NextSegment();
        using (var insert = Command("INSERT INTO postings(segment, term, data) VALUES ($s, $t, $d)", ("$s", segment)))
        {
            var (term, data) = (insert.Parameters.Add("$t", SqliteType.Text), insert.Parameters.Add("$d", SqliteType.Blob));
            foreach (var key in _pendingPostings.Keys.Order(SqliteTextOrder.Instance))
            {
                (term.Value, data.Value) = (key, PostingsCodec.Encode(_pendingPostings[key]));
                insert.ExecuteNonQuery();
            }
        }
        Run("INSERT INTO postings_segments(segment, first_rowid, last_rowid, articles) VALUES ($s, $f, $l, $a)",
            ("$s", segment), ("$f", _pendingFirstRowid), ("$l", _pendingLastRowid), ("$a", _pendingArticles));
        _pendingPostings.Clear();
        (_pendingFirstRowid, _pendingLastRowid, _pendingArticles) = (long.MaxValue, 0, 0);

        var segments = Segments();
        int tail;
        while ((tail = PostingsMergePolicy.TailToMerge(segments.Select(s => s.Articles).ToList())) > 0)
        {
            var merged = MergeSegments(segments[^tail..]);
            segments = [.. segments[..^tail], merged];
        }
    }

    /// <summary>Folds every postings segment into one, dropping deleted articles; worth it after a large run.</summary>
    public void MergeAllPostings()
    {
        var segments = Segments();
        if (segments.Count > 1) MergeSegments(segments);
    }

    private sealed record PostingsSegment(long Segment, long FirstRowid, long LastRowid, long Articles);

    private List<PostingsSegment> Segments()
    {
        var segments = new List<PostingsSegment>();
        using var command = Command("SELECT segment, first_rowid, last_rowid, articles FROM postings_segments ORDER BY segment");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            segments.Add(new PostingsSegment(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        return segments;
    }

    private long NextSegment() => (Scalar<long?>("SELECT max(segment) FROM postings_segments") ?? 0) + 1;

    /// <summary>
    /// Merges consecutive newest segments (or all of them) into one new segment: a k-way merge of their rows in term
    /// order, each term's postings concatenated in segment order (which is rowid order) with deleted articles dropped.
    /// </summary>
    private PostingsSegment MergeSegments(IReadOnlyList<PostingsSegment> run)
    {
        var target = NextSegment();
        var (first, last) = (run.Min(s => s.FirstRowid), run.Max(s => s.LastRowid));
        var live = new System.Collections.BitArray((int)(last - first + 1));
        using (var rows = Command("SELECT rowid FROM articles WHERE rowid BETWEEN $a AND $b", ("$a", first), ("$b", last)))
        using (var reader = rows.ExecuteReader())
            while (reader.Read()) live[(int)(reader.GetInt64(0) - first)] = true;

        var cursors = new List<(SqliteCommand Command, SqliteDataReader Reader)>();
        void CloseCursors()
        {
            foreach (var (command, reader) in cursors)
            {
                reader.Dispose();
                command.Dispose();
            }
            cursors.Clear();
        }

        try
        {
            var heads = new PriorityQueue<int, (string Term, int Cursor)>(Comparer<(string Term, int Cursor)>.Create((a, b) =>
            {
                var order = SqliteTextOrder.Instance.Compare(a.Term, b.Term);
                return order != 0 ? order : a.Cursor.CompareTo(b.Cursor);
            }));
            foreach (var segment in run)
            {
                var command = Command("SELECT term, data FROM postings WHERE segment = $s ORDER BY term", ("$s", segment.Segment));
                var reader = command.ExecuteReader();
                cursors.Add((command, reader));
                if (reader.Read()) heads.Enqueue(cursors.Count - 1, (reader.GetString(0), cursors.Count - 1));
            }

            using var insert = Command("INSERT INTO postings(segment, term, data) VALUES ($s, $t, $d)", ("$s", target));
            var (termParameter, dataParameter) = (insert.Parameters.Add("$t", SqliteType.Text), insert.Parameters.Add("$d", SqliteType.Blob));
            var merged = new List<(long, FieldCounts)>();
            long articles = 0;
            while (heads.TryPeek(out _, out var head))
            {
                merged.Clear();
                // Equal terms come out of the queue in cursor order, which is segment order and so rowid order.
                while (heads.TryPeek(out var cursor, out var next) && next.Term == head.Term)
                {
                    heads.Dequeue();
                    var reader = cursors[cursor].Reader;
                    PostingsCodec.Decode((byte[])reader.GetValue(1), (rowid, counts) =>
                    {
                        if (live[(int)(rowid - first)]) merged.Add((rowid, counts));
                    });
                    if (reader.Read()) heads.Enqueue(cursor, (reader.GetString(0), cursor));
                }
                if (merged.Count == 0) continue;
                (termParameter.Value, dataParameter.Value) = (head.Term, PostingsCodec.Encode(merged));
                insert.ExecuteNonQuery();
            }
            for (var i = 0; i < live.Length; i++) if (live[i]) articles++;

            CloseCursors();
            var (from, to) = (run[0].Segment, run[^1].Segment);
            Run("DELETE FROM postings WHERE segment BETWEEN $a AND $b", ("$a", from), ("$b", to));
            Run("DELETE FROM postings_segments WHERE segment BETWEEN $a AND $b", ("$a", from), ("$b", to));
            Run("INSERT INTO postings_segments(segment, first_rowid, last_rowid, articles) VALUES ($s, $f, $l, $a)",
                ("$s", target), ("$f", first), ("$l", last), ("$a", articles));
            return new PostingsSegment(target, first, last, articles);
        }
        finally
        {
            CloseCursors();
        }
    }

    /// <summary>Every stored fingerprint; one that an older build wrote in another format is skipped.</summary>
    /// <summary>The stored fingerprints and shingles, read inside the writer's open transaction.</summary>
    public FingerprintStore Fingerprints() => new(_connection, _transaction);

    private const int MaxStoredMatchesPerLevel = 25;
    private const int MaxStoredPassages = 25;

    /// <summary>Rewrites the duplicate tables from a duplicate index holding every article.</summary>
    public void RefreshDuplicates(DuplicateIndex duplicates)
    {
        Run("DELETE FROM duplicate_clusters");
        Run("DELETE FROM duplicate_matches");
        Run("DELETE FROM duplicate_passages");
        foreach (var level in new[] { DuplicateLevel.Exact, DuplicateLevel.Near, DuplicateLevel.Story })
        {
            var number = 0;
            foreach (var cluster in duplicates.Clusters(level))
            {
                number++;
                for (var position = 0; position < cluster.Members.Count; position++)
                    Run("INSERT INTO duplicate_clusters(level, cluster, position, article_id, similarity) VALUES ($l, $c, $p, $a, $s)",
                        ("$l", (int)level), ("$c", number), ("$p", position), ("$a", cluster.Members[position].Id),
                        ("$s", cluster.Members[position].SimilarityToOrigin));
            }
        }

        var ids = new List<string>();
        using (var command = Command("SELECT id FROM articles"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) ids.Add(reader.GetString(0));
        foreach (var id in ids)
        {
            // An article of a much-reused wire story can match hundreds of others: keep the closest per level and the
            // longest passages, which is what a reader can use; clusters above still hold every member.
            var matches = duplicates.MatchesOf(id).GroupBy(m => m.Level)
                .SelectMany(g => g.OrderByDescending(m => m.Similarity).Take(MaxStoredMatchesPerLevel));
            foreach (var match in matches)
                Run("INSERT OR IGNORE INTO duplicate_matches(article_id, other_id, level, similarity) VALUES ($a, $o, $l, $s)",
                    ("$a", id), ("$o", match.OtherId), ("$l", (int)match.Level), ("$s", match.Similarity));
            foreach (var passage in duplicates.PassagesOf(id).OrderByDescending(p => p.Words).Take(MaxStoredPassages))
                Run("INSERT INTO duplicate_passages(article_id, other_id, span_start, span_end, other_start, other_end, words) VALUES ($a, $o, $s, $e, $os, $oe, $w)",
                    ("$a", id), ("$o", passage.OtherId), ("$s", passage.Span.Start), ("$e", passage.Span.End),
                    ("$os", passage.OtherSpan.Start), ("$oe", passage.OtherSpan.End), ("$w", passage.Words));
        }
    }

    /// <summary>Merges the full-text index's segments; worth it after a large run.</summary>
    public void Optimize() => Run("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");

    /// <summary>Hands freed pages back to the file system and folds the write-ahead log into the database.</summary>
    public void Checkpoint()
    {
        Run("PRAGMA incremental_vacuum");
        Run("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /// <summary>Runs a statement of fixed text, prepared once per writer.</summary>
    private void Run(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Prepared(sql);
        Bind(command, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>A statement prepared once and kept for the writer's life; callers must not dispose it.</summary>
    private SqliteCommand Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }
        command.Transaction = _transaction;
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (command.Parameters.Contains(name)) command.Parameters[name].Value = value ?? DBNull.Value;
            else command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _transaction?.Dispose();
        _connection.Dispose();
    }
}

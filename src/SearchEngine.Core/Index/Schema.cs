using Microsoft.Data.Sqlite;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Index;

/// <summary>
/// The index's tables. <c>articles</c> holds every stored field (the body Brotli-compressed); <c>articles_fts</c> is an
/// FTS5 index over the view <c>articles_content</c>, which inflates it (external content, so highlight and snippet read
/// the stored text and nothing is stored twice); <c>postings</c>
/// holds each term's counts per ranked field for BM25F in segments (<c>postings_segments</c>): one blob per term and
/// segment, keyed by segment first so a batch appends, and segments merged as <see cref="PostingsMergePolicy"/> says.
/// Rowids are never reused (AUTOINCREMENT), so postings of deleted articles are skipped until a merge drops them.
/// The facet tables (<c>article_persons</c>, <c>article_cites</c>) and each article's duplicate <c>fingerprints</c> are
/// written in the same transactions, so they never disagree with the full-text table. Derived tables (the
/// <c>persons</c> catalogue, <c>duplicate_clusters</c>, <c>duplicate_matches</c>, <c>duplicate_passages</c>) are
/// rebuilt from them after a run that changed anything.
/// </summary>
internal static class Schema
{
    /// <summary>Bumped when the layout changes; an index with another version is rebuilt from its corpus.</summary>
    public const int Version = 8;

    /// <summary>English analysis: Porter stemming over Unicode words with diacritics folded (Núñez = Nunez).</summary>
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    public static string FtsColumns => string.Join(", ", SearchFields.All.Select(f => f.Name));

    public static void Create(SqliteConnection connection)
    {
        var existing = Database.Scalar<long?>(connection,
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'") > 0
            ? Database.Scalar<string>(connection, "SELECT value FROM meta WHERE key='schema_version'")
            : null;
        if (existing is not null && existing != Version.ToString())
            Drop(connection);

        var textColumns = string.Join(",\n  ", SearchFields.All.Select(f =>
            f == SearchFields.Body ? "body_z BLOB NOT NULL" : $"{f.Name} TEXT NOT NULL DEFAULT ''"));
        var contentColumns = string.Join(", ", SearchFields.All.Select(f =>
            f == SearchFields.Body ? $"{TextCompression.SqlFunction}(body_z) AS body" : f.Name));
        // One transaction: a process killed while creating the schema leaves no half-made index behind.
        using var transaction = connection.BeginTransaction();
        Database.Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS files(
              path TEXT PRIMARY KEY,
              size INTEGER NOT NULL,
              mtime INTEGER NOT NULL,
              content_hash TEXT NOT NULL,
              signature TEXT NOT NULL,
              encoding_note TEXT
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS articles(
              rowid INTEGER PRIMARY KEY AUTOINCREMENT,
              id TEXT NOT NULL UNIQUE,
              file_path TEXT NOT NULL,
              ordinal INTEGER NOT NULL,
              {textColumns},
              date_int INTEGER,
              title_terms INTEGER NOT NULL DEFAULT 0,
              body_terms INTEGER NOT NULL DEFAULT 0,
              quote_terms INTEGER NOT NULL DEFAULT 0,
              url TEXT,
              content_hash TEXT NOT NULL,
              details BLOB NOT NULL
            );
            CREATE INDEX IF NOT EXISTS articles_file ON articles(file_path);
            CREATE TABLE IF NOT EXISTS article_persons(
              article_rowid INTEGER NOT NULL,
              person_key TEXT NOT NULL,
              name TEXT NOT NULL,
              PRIMARY KEY(article_rowid, person_key)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS article_cites(
              article_rowid INTEGER NOT NULL,
              outlet TEXT NOT NULL,
              PRIMARY KEY(article_rowid, outlet)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS persons(
              key TEXT PRIMARY KEY,
              canonical_key TEXT NOT NULL,
              display_name TEXT NOT NULL,
              aliases TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS postings(
              segment INTEGER NOT NULL,
              term TEXT NOT NULL,
              data BLOB NOT NULL,
              PRIMARY KEY(segment, term)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS postings_segments(
              segment INTEGER PRIMARY KEY,
              first_rowid INTEGER NOT NULL,
              last_rowid INTEGER NOT NULL,
              articles INTEGER NOT NULL
            );
            CREATE TABLE IF NOT EXISTS fingerprints(
              article_rowid INTEGER PRIMARY KEY,
              data BLOB NOT NULL
            );
            CREATE TABLE IF NOT EXISTS duplicate_clusters(
              level INTEGER NOT NULL,
              cluster INTEGER NOT NULL,
              position INTEGER NOT NULL,
              article_id TEXT NOT NULL,
              similarity REAL NOT NULL,
              PRIMARY KEY(level, cluster, position)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS duplicate_clusters_article ON duplicate_clusters(article_id, level);
            CREATE TABLE IF NOT EXISTS duplicate_matches(
              article_id TEXT NOT NULL,
              other_id TEXT NOT NULL,
              level INTEGER NOT NULL,
              similarity REAL NOT NULL,
              PRIMARY KEY(article_id, level, other_id)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS duplicate_passages(
              article_id TEXT NOT NULL,
              other_id TEXT NOT NULL,
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              other_start INTEGER NOT NULL,
              other_end INTEGER NOT NULL,
              words INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS duplicate_passages_article ON duplicate_passages(article_id);
            CREATE VIEW IF NOT EXISTS articles_content AS SELECT rowid AS rowid, {contentColumns} FROM articles;
            CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
              {FtsColumns}, content='articles_content', content_rowid='rowid', tokenize='{Tokenizer}');
            INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '{Version}'), ('generation', '0');
            """, transaction);
        transaction.Commit();
    }

    private static void Drop(SqliteConnection connection) => Database.Execute(connection, """
        DROP TABLE IF EXISTS articles_fts; DROP VIEW IF EXISTS articles_content; DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS article_persons;
        DROP TABLE IF EXISTS article_cites; DROP TABLE IF EXISTS persons; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta;
        DROP TABLE IF EXISTS postings; DROP TABLE IF EXISTS postings_segments; DROP TABLE IF EXISTS fingerprints; DROP TABLE IF EXISTS duplicate_clusters;
        DROP TABLE IF EXISTS duplicate_matches; DROP TABLE IF EXISTS duplicate_passages;
        """);
}

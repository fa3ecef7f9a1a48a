using Microsoft.Data.Sqlite;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Index;

/// <summary>
/// Reads what the <see cref="DuplicateIndex"/> is rebuilt from: every stored fingerprint, streamed in the order the
/// index adds them (oldest first, undated last, ties by id) so none has to be held once added; and an article's
/// shingle set, computed from its stored text, for the few candidate pairs near-duplicate matching checks (stored
/// fingerprints leave shingles out: they were half their bytes). Works on a connection the caller owns (the
/// writer's, inside its transaction) or on one it opens for reading.
/// </summary>
public sealed class FingerprintStore : IDisposable
{
    // Copies of one story come in bursts, each asking for the same original: the last few hundred sets are kept.
    private const int CacheSize = 512;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly bool _owned;
    private readonly SqliteCommand _text;
    private readonly SqliteParameter _id;
    private readonly FingerprintBuilder _builder = new();
    private readonly Dictionary<string, uint[]> _cache = new(StringComparer.Ordinal);
    private readonly Queue<string> _cached = new();

    internal FingerprintStore(SqliteConnection connection, SqliteTransaction? transaction, bool owned = false)
    {
        (_connection, _transaction, _owned) = (connection, transaction, owned);
        _text = connection.CreateCommand();
        _text.Transaction = transaction;
        _text.CommandText = "SELECT body_z FROM articles WHERE id = $id";
        _id = _text.Parameters.Add("$id", SqliteType.Text);
        _text.Prepare();
    }

    /// <summary>Opens a reader on an index folder.</summary>
    public static FingerprintStore Open(string indexDirectory) => new(Database.OpenForReading(indexDirectory), null, owned: true);

    /// <summary>
    /// Every fingerprint in the order <see cref="DuplicateIndex.LoadInOrder"/> needs; unreadable ones (another
    /// format version) are passed over, and the next indexing run rewrites them.
    /// </summary>
    public IEnumerable<ArticleFingerprint> InAddOrder()
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = """
            SELECT f.data FROM fingerprints f JOIN articles a ON a.rowid = f.article_rowid
            ORDER BY a.date_int IS NULL, a.date_int, a.id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ArticleFingerprint fingerprint;
            try { fingerprint = ArticleFingerprint.FromBytes((byte[])reader.GetValue(0)); }
            catch (InvalidDataException) { continue; }
            yield return fingerprint;
        }
    }

    /// <summary>The article's shingles; empty when the id is not indexed.</summary>
    public uint[] ShinglesOf(string id)
    {
        if (_cache.TryGetValue(id, out var cached)) return cached;
        _id.Value = id;
        var text = TextCompression.Decompress(_text.ExecuteScalar() as byte[]);
        var shingles = text is null ? [] : _builder.ShinglesOf(text);
        if (_cached.Count == CacheSize) _cache.Remove(_cached.Dequeue());
        _cache[id] = shingles;
        _cached.Enqueue(id);
        return shingles;
    }

    public void Dispose()
    {
        _text.Dispose();
        if (_owned) _connection.Dispose();
    }
}

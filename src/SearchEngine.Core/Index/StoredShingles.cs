using Microsoft.Data.Sqlite;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Core.Index;

/// <summary>
/// Computes an indexed article's shingle set from its stored text, for the <see cref="DuplicateIndex"/>'s few
/// candidate pairs: stored fingerprints leave the shingles out (they were half of their bytes). One prepared
/// statement on a connection the caller owns, or on one this opens for reading.
/// </summary>
public sealed class StoredShingles : IDisposable
{
    private readonly SqliteConnection? _owned;
    private readonly SqliteCommand _select;
    private readonly SqliteParameter _id;
    private readonly FingerprintBuilder _builder = new();
    // Copies of one story come in bursts, each asking for the same original: the last few hundred sets are kept.
    private const int CacheSize = 512;
    private readonly Dictionary<string, uint[]> _cache = new(StringComparer.Ordinal);
    private readonly Queue<string> _cached = new();

    internal StoredShingles(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        _select = connection.CreateCommand();
        _select.Transaction = transaction;
        _select.CommandText = "SELECT body_z FROM articles WHERE id = $id";
        _id = _select.Parameters.Add("$id", SqliteType.Text);
        _select.Prepare();
    }

    private StoredShingles(SqliteConnection owned) : this(owned, null) => _owned = owned;

    /// <summary>Opens a reader on an index folder.</summary>
    public static StoredShingles Open(string indexDirectory) => new(Database.OpenForReading(indexDirectory));

    /// <summary>The article's shingles; empty when the id is not indexed.</summary>
    public uint[] Of(string id)
    {
        if (_cache.TryGetValue(id, out var cached)) return cached;
        _id.Value = id;
        var text = TextCompression.Decompress(_select.ExecuteScalar() as byte[]);
        var shingles = text is null ? [] : _builder.ShinglesOf(text);
        if (_cached.Count == CacheSize) _cache.Remove(_cached.Dequeue());
        _cache[id] = shingles;
        _cached.Enqueue(id);
        return shingles;
    }

    public void Dispose()
    {
        _select.Dispose();
        _owned?.Dispose();
    }
}

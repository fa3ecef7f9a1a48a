using Microsoft.Data.Sqlite;

namespace SearchEngine.Core.Index;

/// <summary>
/// The one place that opens the index database and sets its pragmas. WAL lets readers search while the single writer
/// commits; <c>synchronous=NORMAL</c> keeps every commit atomic across a killed process (only a power loss can drop the
/// last commits, never corrupt them).
/// </summary>
internal static class Database
{
    public const string FileName = "search.db";

    public static string PathIn(string indexDirectory) => System.IO.Path.Combine(indexDirectory, FileName);

    /// <summary>
    /// True when the folder holds a database whose schema (of this build's version) was committed. A file can exist
    /// without it when the first run was killed before its first commit; readers treat that as no index.
    /// </summary>
    public static bool ExistsIn(string indexDirectory)
    {
        if (!File.Exists(PathIn(indexDirectory))) return false;
        using var connection = Open(PathIn(indexDirectory), SqliteOpenMode.ReadWrite);
        // An index an older build wrote counts as none: the next indexing run rebuilds it (Schema.Create).
        return Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0
            && Scalar<string>(connection, "SELECT value FROM meta WHERE key = 'schema_version'") == Schema.Version.ToString();
    }

    /// <summary>The writer's connection: creates the file when missing.</summary>
    public static SqliteConnection OpenForWriting(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var connection = Open(PathIn(indexDirectory), SqliteOpenMode.ReadWriteCreate);
        // auto_vacuum only takes effect on a new file; it lets the writer hand back pages freed by merges and deletes.
        // Checkpoints every 64 MB of WAL instead of every 4 MB: fewer, larger copies while a run writes (about 5 % of
        // a bulk run's time, and a sixth of its system time); the writer checkpoints once more when it is done.
        Execute(connection, "PRAGMA auto_vacuum=INCREMENTAL; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA wal_autocheckpoint=16384;");
        return connection;
    }

    /// <summary>A reader's connection: never creates, never writes.</summary>
    public static SqliteConnection OpenForReading(string indexDirectory)
    {
        var path = PathIn(indexDirectory);
        if (!File.Exists(path)) throw new IndexNotFoundException(indexDirectory);
        var connection = Open(path, SqliteOpenMode.ReadWrite);
        Execute(connection, "PRAGMA query_only=ON;");
        return connection;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        connection.CreateFunction<byte[]?, string?>(TextCompression.SqlFunction, TextCompression.Decompress, isDeterministic: true);
        Execute(connection, "PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = command.ExecuteScalar();
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, type, System.Globalization.CultureInfo.InvariantCulture);
    }
}

using Microsoft.Data.Sqlite;

namespace SearchEngine.Core.Index;

/// <summary>
/// A reader's open connection with its prepared statements, kept between searches: opening a connection (even from
/// the driver's pool) re-runs the pragmas and re-registers <c>inflate</c>, and every new command re-prepares its SQL,
/// which together cost a search more than reading its rows. Used by one search at a time; one read transaction each.
/// </summary>
internal sealed class ReaderSession : IDisposable
{
    // Match statements vary with the query's shape; past this many the cache starts over rather than growing.
    private const int MaxCommands = 64;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public ReaderSession(string indexDirectory)
    {
        Connection = Database.OpenForReading(indexDirectory);
    }

    public SqliteConnection Connection { get; }

    /// <summary>The read transaction of the search under way, or null between searches.</summary>
    public SqliteTransaction? Transaction { get; private set; }

    /// <summary>Starts the read transaction: everything until <see cref="End"/> sees one committed state.</summary>
    public void Begin() => Transaction = Connection.BeginTransaction(deferred: true);

    public void End()
    {
        Transaction?.Dispose();
        Transaction = null;
    }

    /// <summary>The prepared command for the SQL, in the current transaction, with no parameters bound.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxCommands) DisposeCommands();
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        End();
        DisposeCommands();
        Connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}

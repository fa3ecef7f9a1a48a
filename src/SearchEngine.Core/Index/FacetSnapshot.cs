using Microsoft.Data.Sqlite;

namespace SearchEngine.Core.Index;

/// <summary>
/// Per-article facet values held in memory as arrays indexed by rowid (doc values, in Lucene's words), so that facet
/// counts over a result set are one pass over its rowids instead of a query per facet. Immutable once loaded; a reader
/// swaps in a new snapshot when the index's generation moves on.
/// </summary>
internal sealed class FacetSnapshot
{
    public required long Generation { get; init; }
    public required bool[] Live { get; init; }
    public required int[] DateInt { get; init; }

    /// <summary>Each article's length in terms per ranked field, for BM25F length normalisation.</summary>
    public required int[] TitleTerms { get; init; }
    public required int[] BodyTerms { get; init; }
    public required int[] QuoteTerms { get; init; }
    public required OrdinalColumn Outlets { get; init; }
    public required MultiOrdinalColumn Persons { get; init; }
    public required MultiOrdinalColumn Cites { get; init; }

    /// <summary>Cluster number per rowid for each duplicate level (index = level); 0 when the article is in none.</summary>
    public required int[][] Clusters { get; init; }

    /// <summary>Per level, one more than the highest cluster number: the size of an array indexed by cluster.</summary>
    public required int[] ClusterBounds { get; init; }

    /// <summary>The distinct dates (yyyymmdd), and per rowid the index of its date among them (-1 when undated), so
    /// that a date histogram counts into an array.</summary>
    public required int[] Days { get; init; }
    public required int[] DayOrdinals { get; init; }

    /// <summary>Live rowids, newest first (undated last): the order of a browse with no query.</summary>
    public required int[] ByDateDescending { get; init; }

    public int LiveCount => ByDateDescending.Length;

    public bool IsLive(long rowid) => rowid > 0 && rowid < Live.Length && Live[rowid];

    public static FacetSnapshot Load(SqliteConnection connection, SqliteTransaction? transaction, long generation)
    {
        var maxRowid = (int)(Query<long?>(connection, transaction, "SELECT max(rowid) FROM articles") ?? 0);
        var live = new bool[maxRowid + 1];
        var dates = new int[maxRowid + 1];
        var outletOrdinals = new int[maxRowid + 1];
        var (titleTerms, bodyTerms, quoteTerms) = (new int[maxRowid + 1], new int[maxRowid + 1], new int[maxRowid + 1]);
        Array.Fill(outletOrdinals, -1);
        var outlets = new Vocabulary();

        using (var command = Command(connection, transaction, "SELECT rowid, outlet, date_int, title_terms, body_terms, quote_terms FROM articles"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var rowid = reader.GetInt32(0);
                live[rowid] = true;
                var outlet = reader.GetString(1);
                if (outlet.Length > 0) outletOrdinals[rowid] = outlets.Add(outlet, outlet);
                dates[rowid] = reader.IsDBNull(2) ? 0 : reader.GetInt32(2);
                (titleTerms[rowid], bodyTerms[rowid], quoteTerms[rowid]) = (reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
            }

        var persons = MultiOrdinalColumn.Load(connection, transaction, maxRowid, """
            SELECT ap.article_rowid, coalesce(p.canonical_key, ap.person_key), coalesce(p.display_name, ap.name)
            FROM article_persons ap LEFT JOIN persons p ON p.key = ap.person_key
            ORDER BY ap.article_rowid
            """);
        var cites = MultiOrdinalColumn.Load(connection, transaction, maxRowid,
            "SELECT article_rowid, outlet, outlet FROM article_cites ORDER BY article_rowid");

        var clusters = new[] { new int[maxRowid + 1], new int[maxRowid + 1], new int[maxRowid + 1] };
        using (var command = Command(connection, transaction,
                   "SELECT a.rowid, c.level, c.cluster FROM duplicate_clusters c JOIN articles a ON a.id = c.article_id"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var (rowid, level) = (reader.GetInt32(0), reader.GetInt32(1));
                if (level < clusters.Length && rowid <= maxRowid) clusters[level][rowid] = reader.GetInt32(2);
            }

        var days = dates.Where((d, r) => live[r] && d != 0).Distinct().Order().ToArray();
        var dayOrdinals = new int[maxRowid + 1];
        for (var rowid = 0; rowid <= maxRowid; rowid++)
            dayOrdinals[rowid] = live[rowid] && dates[rowid] != 0 ? Array.BinarySearch(days, dates[rowid]) : -1;

        var order = Enumerable.Range(0, maxRowid + 1).Where(r => live[r]).ToArray();
        Array.Sort(order, (a, b) => dates[a] != dates[b] ? dates[b].CompareTo(dates[a]) : b.CompareTo(a));

        return new FacetSnapshot
        {
            Generation = generation,
            Live = live,
            DateInt = dates,
            TitleTerms = titleTerms,
            BodyTerms = bodyTerms,
            QuoteTerms = quoteTerms,
            Outlets = new OrdinalColumn(outletOrdinals, outlets),
            Persons = persons,
            Cites = cites,
            ByDateDescending = order,
            Clusters = clusters,
            ClusterBounds = clusters.Select(c => c.Length == 0 ? 1 : c.Max() + 1).ToArray(),
            Days = days,
            DayOrdinals = dayOrdinals,
        };
    }

    internal static T? Query<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

/// <summary>Distinct facet values, numbered in order of first appearance; looked up by key or label, ignoring case.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byLabel = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _labels = [];

    public int Count => _labels.Count;

    public string Label(int ordinal) => _labels[ordinal];

    public int Add(string key, string label)
    {
        if (_byKey.TryGetValue(key, out var ordinal)) return ordinal;
        ordinal = _labels.Count;
        _labels.Add(label);
        _byKey[key] = ordinal;
        _byLabel.TryAdd(label, ordinal);
        return ordinal;
    }

    /// <summary>The ordinal of a value given by label or key, or -1.</summary>
    public int Find(string value) =>
        _byLabel.TryGetValue(value, out var o) || _byKey.TryGetValue(value, out o) ? o : -1;
}

/// <summary>One value (or none, -1) per rowid.</summary>
internal sealed record OrdinalColumn(int[] Ordinals, Vocabulary Values);

/// <summary>Several values per rowid, stored compressed-row style: rowid r owns Ordinals[Offsets[r]..Offsets[r+1]).</summary>
internal sealed record MultiOrdinalColumn(int[] Offsets, int[] Ordinals, Vocabulary Values)
{
    public ReadOnlySpan<int> Of(int rowid) =>
        rowid + 1 < Offsets.Length ? Ordinals.AsSpan(Offsets[rowid], Offsets[rowid + 1] - Offsets[rowid]) : [];

    /// <summary>Loads (rowid, key, label) rows sorted by rowid.</summary>
    public static MultiOrdinalColumn Load(SqliteConnection connection, SqliteTransaction? transaction, int maxRowid, string sql)
    {
        var values = new Vocabulary();
        var counts = new int[maxRowid + 2];
        var pairs = new List<(int Rowid, int Ordinal)>();
        using (var command = FacetSnapshot.Command(connection, transaction, sql))
        using (var reader = command.ExecuteReader())
        {
            var lastRowid = -1;
            var seen = new HashSet<int>();
            while (reader.Read())
            {
                var rowid = reader.GetInt32(0);
                if (rowid > maxRowid) continue;
                if (rowid != lastRowid) { seen.Clear(); lastRowid = rowid; }
                var ordinal = values.Add(reader.GetString(1), reader.GetString(2));
                if (!seen.Add(ordinal)) continue; // two keys merged into one person count once
                pairs.Add((rowid, ordinal));
                counts[rowid + 1]++;
            }
        }

        for (var i = 1; i < counts.Length; i++) counts[i] += counts[i - 1];
        return new MultiOrdinalColumn(counts, pairs.Select(p => p.Ordinal).ToArray(), values);
    }
}

using System.Text;
using Microsoft.Data.Sqlite;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Query;
using Xunit;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// An in-memory index with the schema the translator targets (articles + articles_fts), filled with a few small
/// articles, and the executor contract of <see cref="CompiledQuery"/> written out as plain SQL.
/// </summary>
internal sealed class FtsTestIndex : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<long, string[]> _texts = [];
    private readonly Dictionary<long, int?> _dates = [];

    public FtsTestIndex()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE TABLE articles(rowid INTEGER PRIMARY KEY, date_int INTEGER)");
        Execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, quote, speaker, person, outlet, cites, author, " +
                "tokenize='porter unicode61 remove_diacritics 2')");
    }

    /// <summary>Six small articles, each written to exercise one part of the language.</summary>
    public static FtsTestIndex WithSampleArticles()
    {
        var index = new FtsTestIndex();
        index.Add(1, 20251122, title: "Peace plan talks resume in Geneva",
            body: "Negotiators said negotiating a ceasefire would take weeks. The plan has twenty points.",
            quote: "We want peace", speaker: "Marco Rubio", person: "Marco Rubio; Volodymyr Zelensky",
            outlet: "Reuters", cites: "Axios", author: "Jane Doe");
        index.Add(2, 20251120, title: "Budget vote delayed",
            body: "Senators debated the budget until midnight; the vote on the plan was postponed.",
            person: "Chuck Schumer", outlet: "AP", author: "John Roe");
        index.Add(3, 20251105, title: "Election results in Honduras",
            body: "Núñez led the count in Tegucigalpa. Observers praised the peaceful vote.",
            person: "Nasry Núñez", outlet: "BBC");
        index.Add(4, 20250115, title: "Ceasefire negotiations stall",
            body: "Talks about the ceasefire collapsed; no negotiations are planned for January.",
            outlet: "Reuters", author: "Jane Doe");
        index.Add(5, null, title: "Website http://example.org launched",
            body: "The covid-19 dashboard at http://example.org/data shows 10:30 updates. Use AND, OR and NOT wisely.",
            outlet: "Blog");
        index.Add(6, 20241231, title: "Year in review",
            body: "A look back at peace efforts and wars around the world.", author: "Ann Other");
        return index;
    }

    public void Add(long rowid, int? dateInt, string title = "", string body = "", string quote = "", string speaker = "",
        string person = "", string outlet = "", string cites = "", string author = "")
    {
        using var article = _connection.CreateCommand();
        article.CommandText = "INSERT INTO articles(rowid, date_int) VALUES ($id, $date)";
        article.Parameters.AddWithValue("$id", rowid);
        article.Parameters.AddWithValue("$date", (object?)dateInt ?? DBNull.Value);
        article.ExecuteNonQuery();

        _texts[rowid] = [title, body, quote, speaker, person, outlet, cites, author];
        _dates[rowid] = dateInt;
        using var text = _connection.CreateCommand();
        text.CommandText = "INSERT INTO articles_fts(rowid, title, body, quote, speaker, person, outlet, cites, author) " +
                           "VALUES ($id, $title, $body, $quote, $speaker, $person, $outlet, $cites, $author)";
        text.Parameters.AddWithValue("$id", rowid);
        text.Parameters.AddWithValue("$title", title);
        text.Parameters.AddWithValue("$body", body);
        text.Parameters.AddWithValue("$quote", quote);
        text.Parameters.AddWithValue("$speaker", speaker);
        text.Parameters.AddWithValue("$person", person);
        text.Parameters.AddWithValue("$outlet", outlet);
        text.Parameters.AddWithValue("$cites", cites);
        text.Parameters.AddWithValue("$author", author);
        text.ExecuteNonQuery();
    }

    /// <summary>Parses, translates and runs a query; fails the test if it does not parse.</summary>
    public IReadOnlyList<long> Search(string query)
    {
        var parsed = QueryTextParser.Parse(query);
        Assert.True(parsed.Succeeded, $"'{query}' did not parse: {parsed.Error?.Message}");
        return Search(Fts5QueryTranslator.Translate(parsed.Query!));
    }

    /// <summary>
    /// Runs a compiled query the way the search executor does: ranked by bm25 with the field weights, with a
    /// highlighted title and a body snippet, so any FTS5 expression the executor would choke on fails here too.
    /// Returns the matching rowids in ascending order.
    /// </summary>
    public IReadOnlyList<long> Search(CompiledQuery query)
    {
        var sql = new StringBuilder();
        if (query.FtsMatch is null)
        {
            sql.Append("SELECT a.rowid FROM articles a WHERE 1");
        }
        else
        {
            sql.Append("SELECT a.rowid, highlight(articles_fts, 0, '[', ']'), snippet(articles_fts, 1, '[', ']', '…', 12) ")
               .Append("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid ")
               .Append("WHERE articles_fts MATCH $match");
        }

        if (query.SqlWhere is not null)
            sql.Append(" AND (").Append(query.SqlWhere).Append(')');
        if (query.FtsMatch is not null)
        {
            var weights = SearchFields.All.Select(f => f.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
            sql.Append(" ORDER BY bm25(articles_fts, ").Append(string.Join(", ", weights)).Append(')');
        }

        using var command = _connection.CreateCommand();
        command.CommandText = sql.ToString();
        if (query.FtsMatch is not null)
            command.Parameters.AddWithValue("$match", query.FtsMatch);
        foreach (var (name, value) in query.Parameters)
            command.Parameters.AddWithValue(name, value);

        var rowids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rowids.Add(reader.GetInt64(0));
        rowids.Sort();
        return rowids;
    }

    /// <summary>Every article's rowid with its date (yyyymmdd, null when undated), in rowid order.</summary>
    public IReadOnlyList<(long Rowid, int? Date)> Dates => _dates.OrderBy(d => d.Key).Select(d => (d.Key, d.Value)).ToList();

    /// <summary>The texts of an article's full-text columns, in index order.</summary>
    public IReadOnlyList<string> Texts(long rowid) => _texts[rowid];

    /// <summary>
    /// FTS5's own marking of one matching article, '[' and ']' around matches: the highlighted title, a body snippet of
    /// <paramref name="snippetTokens"/> tokens, and the highlighted quote column. Null when the article does not match.
    /// </summary>
    public (string Title, string Snippet, string Quote)? Marked(string ftsMatch, long rowid, int snippetTokens)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT highlight(articles_fts, 0, '[', ']'), snippet(articles_fts, 1, '[', ']', '…', $tokens), " +
                              "highlight(articles_fts, 2, '[', ']') FROM articles_fts WHERE articles_fts MATCH $match AND rowid = $rowid";
        command.Parameters.AddWithValue("$match", ftsMatch);
        command.Parameters.AddWithValue("$rowid", rowid);
        command.Parameters.AddWithValue("$tokens", snippetTokens);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public long Count(string table)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM " + table;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}

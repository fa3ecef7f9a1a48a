namespace SearchEngine.Core.Index;

/// <summary>
/// A query translated for SQLite. A row of <c>articles a</c> is a hit iff (<see cref="FtsMatch"/> is null or
/// <c>a.rowid</c> is in <c>SELECT rowid FROM articles_fts WHERE articles_fts MATCH FtsMatch</c>) and
/// (<see cref="SqlWhere"/> is null or it is true). Both hold no user text: <see cref="FtsMatch"/> is passed as a
/// parameter value and quotes every user word, and <see cref="SqlWhere"/> refers to values only through
/// <see cref="Parameters"/> (<c>$q1</c>, <c>$q2</c> …).
/// <see cref="FtsMatch"/> carries the positive text of the query, so bm25 ranking and snippets can use it; it is null
/// when the query has none that FTS5 can express on its own (only exclusions, only dates, text OR a date).
/// </summary>
public sealed record CompiledQuery(string? FtsMatch, string? SqlWhere, IReadOnlyList<KeyValuePair<string, object>> Parameters)
{
    /// <summary>The empty query: every article, newest first is the caller's choice.</summary>
    public static CompiledQuery MatchAll { get; } = new(null, null, []);

    /// <summary>True when neither part constrains the rows.</summary>
    public bool MatchesEverything => FtsMatch is null && SqlWhere is null;

    /// <summary>The words, prefixes (ending in <c>*</c>) and phrases the query looks for, for highlighting.</summary>
    public IReadOnlyList<string> PositiveTerms { get; init; } = [];

    /// <summary>
    /// Set when <see cref="SqlWhere"/> says nothing but "the date (yyyymmdd) lies in each of these inclusive ranges",
    /// undated articles failing: the searcher then tests dates in memory instead of looking every match up in SQL.
    /// </summary>
    internal IReadOnlyList<(int From, int To)>? DateRanges { get; init; }
}

using SearchEngine.Core.Extraction;
using System.Globalization;
using System.Text;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Query;

namespace SearchEngine.Core.Index;

/// <summary>
/// The one place that turns a query tree into FTS5 and SQL. Every user word reaches FTS5 inside a double-quoted string
/// (inner quotes doubled, control characters blanked), so FTS5 syntax typed by users (<c>NEAR(</c>, <c>^</c>,
/// <c>{col}</c>, <c>*</c>) is searched as text; SQL only ever receives values as parameters.
/// <para>
/// Strategy: the positive text clauses that are ANDed at the top go into <see cref="CompiledQuery.FtsMatch"/>, with
/// text exclusions attached by FTS5's binary <c>NOT</c>. What FTS5 cannot say — a query made only of exclusions, dates,
/// and an OR mixing text with a date or an exclusion — becomes SQL over <c>a.rowid</c> and <c>a.date_int</c>, with each
/// maximal text-only part as one <c>MATCH</c> subquery. Fields are pushed down to the leaves (an inner field overrides
/// an outer one), so every phrase carries its own column filter and FTS5 never intersects nested filters.
/// </para>
/// </summary>
public static class Fts5QueryTranslator
{
    /// <summary>The FTS5 table the translated queries refer to.</summary>
    public const string FtsTable = "articles_fts";

    private static readonly string DefaultColumns = ColumnFilter(SearchFields.Defaults);

    /// <summary>
    /// Translates a parsed query. Never throws for a tree the parser produced; a hand-built tree naming an unknown
    /// field gets a clause that matches nothing rather than invalid FTS5.
    /// </summary>
    public static CompiledQuery Translate(QueryNode query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var emitter = new Emitter();
        var clauses = Conjuncts(query, DefaultColumns).ToList();
        var (fts, predicates) = emitter.Conjunction(clauses);
        var where = predicates.Count == 0 ? null : string.Join(" AND ", predicates);
        return new CompiledQuery(fts, where, emitter.Parameters)
        {
            PositiveTerms = QueryTerms.Positive(query),
            DateRanges = where is null ? null : DateRangesOnly(clauses),
        };
    }

    /// <summary>
    /// The date ranges the SQL condition consists of, when it is nothing else (the clauses left to SQL are all date
    /// ranges, and no exclusion went to SQL for want of positive text); otherwise null.
    /// </summary>
    private static IReadOnlyList<(int From, int To)>? DateRangesOnly(List<Scoped> clauses)
    {
        var (positive, negative, others) = Split(clauses);
        if (positive.Count == 0 && negative.Count > 0) return null;
        var ranges = new List<(int From, int To)>();
        foreach (var clause in others)
        {
            if (clause.Node is not DateRangeNode range) return null;
            ranges.Add((range.From is { } from ? DateInt(from) : int.MinValue, range.To is { } to ? DateInt(to) : int.MaxValue));
        }
        return ranges.Count == 0 ? null : ranges;
    }

    private static int DateInt(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>
    /// The clauses ANDed at this level with the columns they search: fields are unwrapped and nested ANDs flattened,
    /// so that <c>title:(a -b)</c> yields <c>title:a</c> and <c>-title:b</c>.
    /// </summary>
    private static IEnumerable<Scoped> Conjuncts(QueryNode node, string? columns)
    {
        (node, columns) = Unwrap(node, columns);
        if (node is AndNode and)
        {
            foreach (var clause in and.Clauses)
            {
                foreach (var scoped in Conjuncts(clause, columns))
                    yield return scoped;
            }
        }
        else
        {
            yield return new Scoped(node, columns);
        }
    }

    private static IEnumerable<Scoped> Disjuncts(QueryNode node, string? columns)
    {
        (node, columns) = Unwrap(node, columns);
        if (node is OrNode or)
        {
            foreach (var clause in or.Clauses)
            {
                foreach (var scoped in Disjuncts(clause, columns))
                    yield return scoped;
            }
        }
        else
        {
            yield return new Scoped(node, columns);
        }
    }

    /// <summary>Strips field wrappers (the innermost wins) and double negations.</summary>
    private static (QueryNode Node, string? Columns) Unwrap(QueryNode node, string? columns)
    {
        while (true)
        {
            switch (node)
            {
                case FieldNode field:
                    columns = SearchFields.Find(field.Field) is { } known ? ColumnFilter([known]) : null;
                    node = field.Inner;
                    break;
                case NotNode { Inner: NotNode twice }:
                    node = twice.Inner;
                    break;
                case NotNode { Inner: FieldNode or NotNode } not:
                    var (inner, innerColumns) = Unwrap(not.Inner, columns);
                    if (inner is NotNode again)
                    {
                        node = again.Inner;
                        columns = innerColumns;
                        break;
                    }

                    return (new NotNode(inner), innerColumns);
                default:
                    return (node, columns);
            }
        }
    }

    /// <summary>
    /// A positive FTS5 expression for the node, or null when FTS5 cannot express it as one (a lone NOT, a date,
    /// an OR with such a branch). Pure: allocates no parameters.
    /// </summary>
    private static string? TryFts(QueryNode node, string? columns)
    {
        (node, columns) = Unwrap(node, columns);
        switch (node)
        {
            case WordNode term:
                return TextLeaf(columns, term.Text);
            case PhraseNode phrase:
                return TextLeaf(columns, phrase.Text);
            case PrefixNode prefix:
                return Leaf(columns, Quote(prefix.Prefix) + " *");
            case NearNode near:
                var words = near.Words.Where(QueryText.HasWord).ToList();
                if (words.Count < 2)
                    return Leaf(columns, Quote(words.Count == 1 ? words[0] : ""));
                var distance = Math.Clamp(near.Distance, 0, QueryTextParser.MaxDistance);
                return Leaf(columns, "NEAR(" + string.Join(' ', words.Select(Quote)) + ", " +
                                     distance.ToString(CultureInfo.InvariantCulture) + ")");
            case AndNode:
                var split = Split(Conjuncts(node, columns));
                return split.Others.Count == 0 ? CombineFts(split.Positive, split.Negative) : null;
            case OrNode:
                var branches = new List<string>();
                foreach (var scoped in Disjuncts(node, columns))
                {
                    if (TryFts(scoped.Node, scoped.Columns) is not { } branch)
                        return null;
                    branches.Add(branch);
                }

                return branches.Count == 0 ? null : Join(branches, "OR");
            default:
                return null;
        }
    }

    /// <summary>Sorts ANDed clauses into FTS-expressible positives, FTS-expressible exclusions, and the rest.</summary>
    private static (List<string> Positive, List<string> Negative, List<Scoped> Others) Split(IEnumerable<Scoped> clauses)
    {
        var positive = new List<string>();
        var negative = new List<string>();
        var rest = new List<Scoped>();
        foreach (var clause in clauses)
        {
            if (clause.Node is MatchAllNode)
                continue;
            if (clause.Node is NotNode not)
            {
                if (TryFts(not.Inner, clause.Columns) is { } excluded)
                    negative.Add(excluded);
                else
                    rest.Add(clause);
            }
            else if (TryFts(clause.Node, clause.Columns) is { } included)
            {
                positive.Add(included);
            }
            else
            {
                rest.Add(clause);
            }
        }

        return (positive, negative, rest);
    }

    /// <summary><c>(p1 AND p2) NOT (n1 OR n2)</c>: one binary NOT keeps the FTS5 parser's stack shallow.</summary>
    private static string? CombineFts(List<string> positive, List<string> negative)
    {
        if (positive.Count == 0)
            return null;
        var included = positive.Count == 1 ? positive[0] : Join(positive, "AND");
        if (negative.Count == 0)
            return included;
        var excluded = negative.Count == 1 ? negative[0] : Join(negative, "OR");
        return "(" + included + " NOT " + excluded + ")";
    }

    private static string Join(List<string> parts, string op) => "(" + string.Join(" " + op + " ", parts) + ")";

    /// <summary>
    /// A word or phrase as a leaf. Person names also match through their identity key, which the index stores beside
    /// the names as written: <c>person:Zelenskyy</c> finds Zelensky and Zelenskiy too, and so does a bare
    /// <c>Zelenskyy</c>, whose default fields include the person names.
    /// </summary>
    private static string TextLeaf(string? columns, string text)
    {
        var personColumn = ColumnFilter([SearchFields.Person]);
        if (columns != personColumn && columns != DefaultColumns) return Leaf(columns, Quote(text));
        var key = IsNameLike(text) ? PersonKey.For(text) : "";
        if (key.Length == 0 || string.Equals(key, text, StringComparison.OrdinalIgnoreCase)) return Leaf(columns, Quote(text));
        return columns == personColumn
            ? Leaf(columns, "(" + Quote(text) + " OR " + Quote(key) + ")")
            : "(" + Leaf(columns, Quote(text)) + " OR " + Leaf(personColumn, Quote(key)) + ")";
    }

    /// <summary>Letters with the punctuation names carry (O’Brien, J.D.), as words or a phrase of them.</summary>
    private static bool IsNameLike(string text) =>
        text.Length is > 2 and < 80 && text.Any(char.IsLetter)
        && text.All(c => char.IsLetter(c) || c is ' ' or '\'' or '’' or '.' or '-');

    /// <summary>A column filter before a leaf; a hand-built tree naming an unknown field gets an empty phrase, which matches nothing.</summary>
    private static string Leaf(string? columns, string expression) =>
        columns is null ? "\"\"" : columns + " : " + expression;

    private static string ColumnFilter(IEnumerable<SearchField> fields) =>
        "{" + string.Join(' ', fields.Select(f => f.Name)) + "}";

    /// <summary>
    /// An FTS5 string: double-quoted with inner quotes doubled. Control characters (a NUL would end the MATCH text
    /// early) and lone surrogates (not UTF-8) become spaces, which the tokenizer treats as separators anyway.
    /// </summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsControl(c) || char.IsSurrogate(c))
                builder.Append(' ');
            else if (c == '"')
                builder.Append("\"\"");
            else
                builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private readonly record struct Scoped(QueryNode Node, string? Columns);

    /// <summary>Writes SQL for one translation, numbering its parameters.</summary>
    private sealed class Emitter
    {
        public List<KeyValuePair<string, object>> Parameters { get; } = [];

        /// <summary>
        /// ANDed clauses as an FTS5 expression for the positive text plus SQL predicates for the rest; nested inside
        /// SQL (<paramref name="textAsPredicate"/>) the FTS5 expression becomes the first predicate instead.
        /// </summary>
        public (string? Fts, List<string> Predicates) Conjunction(IEnumerable<Scoped> clauses, bool textAsPredicate = false)
        {
            var (positive, negative, others) = Split(clauses);
            var predicates = new List<string>();
            var fts = CombineFts(positive, negative);
            if (fts is not null && textAsPredicate)
            {
                predicates.Add("a.rowid IN (" + Subquery(fts) + ")");
                fts = null;
            }
            else if (fts is null && negative.Count > 0)
            {
                predicates.Add("a.rowid NOT IN (" + Subquery(negative.Count == 1 ? negative[0] : Join(negative, "OR")) + ")");
            }

            foreach (var clause in others)
                predicates.Add(Sql(clause.Node, clause.Columns));
            return (fts, predicates);
        }

        private string Sql(QueryNode node, string? columns)
        {
            (node, columns) = Unwrap(node, columns);
            if (TryFts(node, columns) is { } fts)
                return "a.rowid IN (" + Subquery(fts) + ")";

            switch (node)
            {
                case NotNode not:
                    return TryFts(not.Inner, columns) is { } excluded
                        ? "a.rowid NOT IN (" + Subquery(excluded) + ")"
                        : "NOT IFNULL(" + Sql(not.Inner, columns) + ", 0)";
                case AndNode:
                    var (_, predicates) = Conjunction(Conjuncts(node, columns), textAsPredicate: true);
                    return predicates.Count switch
                    {
                        0 => "1",
                        1 => predicates[0],
                        _ => "(" + string.Join(" AND ", predicates) + ")",
                    };
                case OrNode:
                    return Disjunction(Disjuncts(node, columns).ToList());
                case DateRangeNode range:
                    return DateSql(range);
                case MatchAllNode:
                    return "1";
                default:
                    return "0";
            }
        }

        /// <summary>ORed clauses: the text-only branches share one MATCH subquery.</summary>
        private string Disjunction(List<Scoped> branches)
        {
            if (branches.Any(b => b.Node is MatchAllNode))
                return "1";
            var text = new List<string>();
            var others = new List<Scoped>();
            foreach (var branch in branches)
            {
                if (TryFts(branch.Node, branch.Columns) is { } fts)
                    text.Add(fts);
                else
                    others.Add(branch);
            }

            var predicates = new List<string>();
            if (text.Count > 0)
                predicates.Add("a.rowid IN (" + Subquery(text.Count == 1 ? text[0] : Join(text, "OR")) + ")");
            foreach (var branch in others)
                predicates.Add(Sql(branch.Node, branch.Columns));
            return predicates.Count switch
            {
                0 => "0",
                1 => predicates[0],
                _ => "(" + string.Join(" OR ", predicates) + ")",
            };
        }

        private string DateSql(DateRangeNode range) => (range.From, range.To) switch
        {
            (null, null) => "a.date_int IS NOT NULL",
            ({ } from, null) => "a.date_int >= " + Parameter(DateInt(from)),
            (null, { } to) => "a.date_int <= " + Parameter(DateInt(to)),
            ({ } from, { } to) => "(a.date_int BETWEEN " + Parameter(DateInt(from)) + " AND " + Parameter(DateInt(to)) + ")",
        };

        private string Subquery(string fts) =>
            "SELECT rowid FROM " + FtsTable + " WHERE " + FtsTable + " MATCH " + Parameter(fts);

        private string Parameter(object value)
        {
            var name = "$q" + (Parameters.Count + 1).ToString(CultureInfo.InvariantCulture);
            Parameters.Add(new KeyValuePair<string, object>(name, value));
            return name;
        }

        private static long DateInt(DateOnly date) => date.Year * 10000L + date.Month * 100 + date.Day;
    }
}

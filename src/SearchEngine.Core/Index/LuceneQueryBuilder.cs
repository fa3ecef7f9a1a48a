using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;
using SearchEngine.Core.Search.Query;
using Context = (SearchEngine.Core.Search.Analysis.NewsAnalyzer Analyzer, System.Func<SearchEngine.Core.Search.SearchField, float> Boost);
using LuceneQuery = Lucene.Net.Search.Query;
using Token = (string Text, int Position, int Start, int End);

namespace SearchEngine.Core.Index;

/// <summary>
/// The one place that turns a query tree into a Lucene query over article documents, with the semantics the FTS5
/// translator had. Every word goes through <see cref="NewsAnalyzer"/> and becomes terms, never query syntax, so
/// Lucene, FTS5 or SQL syntax typed by users is searched as text. Fields are pushed down to the leaves (an inner field
/// wins); a clause list without a positive clause gets <c>kind:article</c> as its positive clause, and the whole query
/// is restricted to <c>kind:article</c>, so file and derived documents never match.
/// </summary>
internal static class LuceneQueryBuilder
{
    /// <summary>
    /// How much the other fields add to a word's best field. A bare word is a <see cref="DisjunctionMaxQuery"/> over the
    /// default fields rather than a BooleanQuery of SHOULD clauses: the boolean sum counts a word once per field and its
    /// coord factor (fields matched / fields searched) cuts a title-only match to a quarter, so a common word spread
    /// over body, quote and names would outrank a rare one in the title. The best field plus a small tie-breaker scores
    /// each word once, led by the field boosts, which is what FTS5's bm25 with column weights did.
    /// </summary>
    public const float FieldTieBreaker = 0.1f;

    /// <summary>Most terms a prefix inside a phrase (<c>covid-1*</c>) expands to; a plain prefix is constant-score and unbounded.</summary>
    public const int MaxPhrasePrefixTerms = 256;

    /// <summary>
    /// Builds the Lucene query for a parsed tree. <paramref name="boost"/> overrides the field boosts
    /// (<see cref="SearchField.Weight"/> by default). Never throws for a tree the parser produced; a hand-built tree
    /// naming an unknown field gets a clause that matches nothing.
    /// </summary>
    public static LuceneQuery Build(QueryNode node, NewsAnalyzer analyzer, Func<SearchField, float>? boost = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(analyzer);
        Context context = (analyzer, boost ?? (field => (float)field.Weight));
        var query = Node(context, node, SearchFields.Defaults);
        return IsArticlesOnly(query) ? query : new BooleanQuery { { query, Occur.MUST }, { Articles(), Occur.MUST } };
    }

    /// <summary>Every article document: what <c>kind:article</c> and an empty query match.</summary>
    public static LuceneQuery Articles() => new TermQuery(new Term(ArticleSchema.Kind, ArticleSchema.ArticleKind));

    private static LuceneQuery Node(Context context, QueryNode node, IReadOnlyList<SearchField> fields) => node switch
    {
        FieldNode field => Node(context, field.Inner, SearchFields.Find(field.Field) is { } known ? [known] : []),
        AndNode or NotNode => Conjunction(context, node, fields),
        OrNode => Disjunction(context, node, fields),
        WordNode word => Text(context, word.Text, fields),
        PhraseNode phrase => Text(context, phrase.Text, fields),
        PrefixNode prefix => Prefix(context, prefix.Prefix, fields),
        NearNode near => Near(context, near, fields),
        DateRangeNode range => NumericRangeQuery.NewInt32Range(ArticleSchema.Date,
            range.From is { } from ? ArticleSchema.DateInt(from) : null,
            range.To is { } to ? ArticleSchema.DateInt(to) : null, true, true),
        MatchAllNode => Articles(),
        _ => Nothing(),
    };

    /// <summary>
    /// ANDed clauses (nested ANDs and field wrappers flattened): positives are MUST, exclusions MUST_NOT, and when no
    /// clause is positive <c>kind:article</c> is, so <c>-plan</c> alone means every article without plan.
    /// </summary>
    private static LuceneQuery Conjunction(Context context, QueryNode node, IReadOnlyList<SearchField> fields)
    {
        var clauses = new List<(QueryNode Node, IReadOnlyList<SearchField> Fields)>();
        Flatten(node, fields, and: true, clauses);
        var query = new BooleanQuery();
        var positive = 0;
        foreach (var (clause, scope) in clauses)
        {
            if (clause is MatchAllNode)
                continue;
            if (clause is NotNode not)
            {
                query.Add(Node(context, not.Inner, scope), Occur.MUST_NOT);
                continue;
            }

            query.Add(Node(context, clause, scope), Occur.MUST);
            positive++;
        }

        if (positive == 0)
            query.Add(Articles(), Occur.MUST);
        return query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }

    /// <summary>ORed clauses as SHOULD; a branch that is an exclusion means "every article but" on its own.</summary>
    private static LuceneQuery Disjunction(Context context, QueryNode node, IReadOnlyList<SearchField> fields)
    {
        var branches = new List<(QueryNode Node, IReadOnlyList<SearchField> Fields)>();
        Flatten(node, fields, and: false, branches);
        var query = new BooleanQuery();
        foreach (var (branch, scope) in branches)
            query.Add(Node(context, branch, scope), Occur.SHOULD);
        return query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }

    private static void Flatten(QueryNode node, IReadOnlyList<SearchField> fields, bool and,
        List<(QueryNode, IReadOnlyList<SearchField>)> clauses)
    {
        while (node is FieldNode field)
        {
            fields = SearchFields.Find(field.Field) is { } known ? [known] : [];
            node = field.Inner;
        }

        IReadOnlyList<QueryNode>? children = (node, and) switch
        {
            (AndNode all, true) => all.Clauses,
            (OrNode any, false) => any.Clauses,
            _ => null,
        };
        if (children is null)
        {
            clauses.Add((node, fields));
            return;
        }

        foreach (var child in children)
            Flatten(child, fields, and, clauses);
    }

    /// <summary>
    /// A word or phrase in each field, as the analyzer's terms: one term is a TermQuery, several (a phrase, or a word the
    /// analyzer splits such as <c>covid-19</c>) a PhraseQuery keeping the analyzer's positions. Person names also match
    /// through their identity key, which the index stores beside the names as written, so <c>Zelenskyy</c> finds Zelensky.
    /// </summary>
    private static LuceneQuery Text(Context context, string text, IReadOnlyList<SearchField> fields)
    {
        var tokens = Analyze(context.Analyzer, text);
        if (tokens.Count == 0 || fields.Count == 0)
            return Nothing();
        var perField = fields.Select(f => Boosted(Sequence(f.Name, tokens), context.Boost(f))).ToList();
        if (fields.Contains(SearchFields.Person) && IsNameLike(text) && PersonKey.For(text) is { Length: > 0 } key)
        {
            var keyTokens = Analyze(context.Analyzer, key);
            if (keyTokens.Count > 0 && !keyTokens.Select(t => t.Text).SequenceEqual(tokens.Select(t => t.Text)))
                perField.Add(Boosted(Sequence(SearchFields.Person.Name, keyTokens), context.Boost(SearchFields.Person)));
        }

        return AnyField(perField);
    }

    private static LuceneQuery Sequence(string field, List<Token> tokens)
    {
        if (tokens.Count == 1)
            return new TermQuery(new Term(field, tokens[0].Text));
        var phrase = new PhraseQuery();
        foreach (var token in tokens)
            phrase.Add(new Term(field, token.Text), token.Position - tokens[0].Position);
        return phrase;
    }

    /// <summary>
    /// Terms starting with the last word, lower-cased and folded like the index but not stemmed (a stem of a partial
    /// word is not a prefix of the stems it should find); earlier words of a punctuated prefix (<c>covid-1*</c>) must
    /// come right before it. PrefixQuery keeps Lucene's constant-score rewrite, which never hits the clause limit.
    /// </summary>
    private static LuceneQuery Prefix(Context context, string prefix, IReadOnlyList<SearchField> fields)
    {
        var tokens = Analyze(context.Analyzer, prefix);
        if (tokens.Count == 0 || fields.Count == 0)
            return Nothing();
        var last = Fold(prefix[tokens[^1].Start..tokens[^1].End]);
        if (last.Length == 0)
            return Nothing();
        return AnyField(fields.Select(field =>
        {
            var query = new PrefixQuery(new Term(field.Name, last));
            if (tokens.Count == 1)
                return Boosted(query, context.Boost(field));
            var spans = tokens.SkipLast(1).Select(t => (SpanQuery)new SpanTermQuery(new Term(field.Name, t.Text))).ToList();
            spans.Add(new SpanMultiTermQueryWrapper<PrefixQuery>(query)
            {
                MultiTermRewriteMethod = new SpanMultiTermQueryWrapper<PrefixQuery>.TopTermsSpanBooleanQueryRewrite(MaxPhrasePrefixTerms),
            });
            return Boosted(new SpanNearQuery(spans.ToArray(), Gaps(tokens), true), context.Boost(field));
        }).ToList());
    }

    /// <summary>
    /// <c>"a b c"~N</c>: every word in any order with at most N other tokens between the end of the first and the start
    /// of the last (FTS5 NEAR). Lucene's unordered slop counts only the positions no word covers, so the words between
    /// the first and the last (each at least one token) are taken off N: exact for one-token words, for two words
    /// slop is N.
    /// </summary>
    private static LuceneQuery Near(Context context, NearNode near, IReadOnlyList<SearchField> fields)
    {
        var words = near.Words.Where(QueryText.HasWord).ToList();
        if (words.Count < 2)
            return words.Count == 1 ? Text(context, words[0], fields) : Nothing();
        var analysed = words.Select(w => Analyze(context.Analyzer, w)).ToList();
        if (fields.Count == 0 || analysed.Any(tokens => tokens.Count == 0))
            return Nothing();
        var slop = Math.Max(0, Math.Clamp(near.Distance, 0, QueryTextParser.MaxDistance) - (words.Count - 2));
        return AnyField(fields.Select(field =>
        {
            var clauses = analysed.Select(tokens => tokens.Count == 1
                ? (SpanQuery)new SpanTermQuery(new Term(field.Name, tokens[0].Text))
                : new SpanNearQuery(tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(field.Name, t.Text))).ToArray(),
                    Gaps(tokens), true)).ToArray();
            return Boosted(new SpanNearQuery(clauses, slop, false), context.Boost(field));
        }).ToList());
    }

    /// <summary>Positions the analyzer skipped inside one word (a dropped over-long token), kept as the slop of its parts.</summary>
    private static int Gaps(List<Token> tokens) => tokens[^1].Position - tokens[0].Position - (tokens.Count - 1);

    private static LuceneQuery AnyField(List<LuceneQuery> perField) =>
        perField.Count == 1 ? perField[0] : new DisjunctionMaxQuery(perField, FieldTieBreaker);

    private static LuceneQuery Boosted(LuceneQuery query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>A clause that matches nothing: what a word with no searchable terms, or an unknown field, means.</summary>
    private static BooleanQuery Nothing() => new();

    /// <summary>
    /// Whether every document the query matches is an article, so the top level need not add <c>kind:article</c>
    /// (a conjunction with a term every article holds costs a third of a search): the text fields and the date exist
    /// only on article documents.
    /// </summary>
    private static bool IsArticlesOnly(LuceneQuery query) => query switch
    {
        TermQuery term => term.Term.Field == ArticleSchema.Kind ? term.Term.Text == ArticleSchema.ArticleKind : IsArticleField(term.Term.Field),
        PhraseQuery phrase => phrase.GetTerms() is { Length: > 0 } terms && IsArticleField(terms[0].Field),
        MultiTermQuery multi => IsArticleField(multi.Field),
        Lucene.Net.Search.Spans.SpanQuery span => IsArticleField(span.Field),
        DisjunctionMaxQuery max => max.Disjuncts.Count > 0 && max.Disjuncts.All(IsArticlesOnly),
        BooleanQuery boolean => boolean.Clauses.Any(c => c.Occur == Occur.MUST && IsArticlesOnly(c.Query))
                                || (boolean.Clauses.All(c => c.Occur != Occur.MUST) && boolean.Clauses.Any(c => c.Occur == Occur.SHOULD)
                                    && boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).All(c => IsArticlesOnly(c.Query))),
        _ => false,
    };

    private static bool IsArticleField(string field) => SearchFields.Find(field) is not null || field == ArticleSchema.Date;

    /// <summary>The analyzer's terms of a text with their positions (increments kept) and offsets.</summary>
    private static List<Token> Analyze(NewsAnalyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var (start, end) = (Math.Clamp(offset.StartOffset, 0, text.Length), Math.Clamp(offset.EndOffset, 0, text.Length));
            tokens.Add((term.ToString(), position, start, Math.Max(start, end)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>A word as the index spells it before stemming: possessive dropped, lower case, folded to ASCII.</summary>
    private static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var possessive in (ReadOnlySpan<string>)["'s", "’s", "＇s"])
        {
            if (lower.EndsWith(possessive, StringComparison.Ordinal))
            {
                lower = lower[..^possessive.Length];
                break;
            }
        }

        var input = lower.ToCharArray();
        var output = new char[Math.Max(1, input.Length * 4)];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>Letters with the punctuation names carry (O’Brien, J.D.), as words or a phrase of them.</summary>
    private static bool IsNameLike(string text) =>
        text.Length is > 2 and < 80 && text.Any(char.IsLetter)
        && text.All(c => char.IsLetter(c) || c is ' ' or '\'' or '’' or '.' or '-');
}

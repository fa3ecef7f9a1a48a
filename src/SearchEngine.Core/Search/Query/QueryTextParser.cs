namespace SearchEngine.Core.Search.Query;

/// <summary>
/// Parses the Lucene-style query language into a <see cref="QueryNode"/> tree. Small recursive descent over
/// <see cref="QueryLexer"/> tokens; precedence from loosest: <c>OR</c>, then <c>AND</c> (also implied between clauses),
/// then the prefixes <c>NOT</c> / <c>-</c> / <c>+</c>, then <c>field:</c>.
/// <para>
/// Forgiving where the intent is clear, because the box searches as the user types: an unclosed quote or parenthesis
/// is closed at the end, a stray <c>)</c>, a dangling operator, a word with no letters or digits, a boost <c>^2</c> and a
/// fuzzy <c>~</c> are ignored, each with a warning. Strict where guessing would mislead: an unknown field, a malformed
/// date, a too short prefix, and the limits below are errors naming the position.
/// </para>
/// </summary>
public sealed class QueryTextParser
{
    /// <summary>Longest accepted query, in UTF-16 characters. Together with the limits below it bounds the work of one query.</summary>
    public const int MaxLength = 2000;

    /// <summary>Deepest parenthesis nesting: keeps the parser's recursion and the Lucene query's depth small.</summary>
    public const int MaxDepth = 20;

    /// <summary>Most words in one query (phrase words included); each is one postings list to read per field.</summary>
    public const int MaxTerms = 64;

    /// <summary>Widest <c>"a b"~N</c>.</summary>
    public const int MaxDistance = 100;

    /// <summary>Fewest letters before a <c>*</c>: a one-letter prefix expands to a large part of the vocabulary.</summary>
    public const int MinPrefixLength = 2;

    private readonly List<QueryToken> _tokens;
    private readonly List<QueryMessage> _warnings;
    private int _index;
    private int _depth;
    private int _terms;

    private QueryTextParser(List<QueryToken> tokens, List<QueryMessage> warnings)
    {
        _tokens = tokens;
        _warnings = warnings;
    }

    /// <summary>At most this many warnings are listed; the rest are counted in one more.</summary>
    public const int MaxWarnings = 20;

    private static List<QueryMessage> Capped(List<QueryMessage> warnings)
    {
        if (warnings.Count <= MaxWarnings) return warnings;
        var more = warnings.Count - MaxWarnings;
        var capped = warnings.GetRange(0, MaxWarnings);
        capped.Add(new QueryMessage(warnings[MaxWarnings].Position, $"and {more:N0} more warning{(more == 1 ? "" : "s")} like these"));
        return capped;
    }

    /// <summary>
    /// Parses a query. Never throws: a blank query is <see cref="MatchAllNode"/>, bad input an <see cref="ParseResult.Error"/>.
    /// </summary>
    public static ParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult.Success(MatchAllNode.Instance, []);
        if (text.Length > MaxLength)
            return ParseResult.Failure(new QueryMessage(MaxLength,
                $"the query is {text.Length} characters long; the limit is {MaxLength}"));

        var warnings = new List<QueryMessage>();
        try
        {
            var parser = new QueryTextParser(QueryLexer.Tokenize(text, warnings), warnings);
            var query = parser.ParseAll() ?? MatchAllNode.Instance;
            return ParseResult.Success(query, Capped(warnings));
        }
        catch (QuerySyntaxException e)
        {
            return ParseResult.Failure(new QueryMessage(Math.Clamp(e.Position, 0, text.Length), e.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ParseResult.Failure(new QueryMessage(0, "the query could not be read (" + e.GetType().Name + ")"));
        }
    }

    private QueryNode? ParseAll()
    {
        var parts = new List<QueryNode>();
        while (true)
        {
            if (ParseOr() is { } node)
                parts.Add(node);
            var token = Next();
            if (token.Kind == QueryTokenKind.End)
                return Combine(parts, and: true);
            Warn(token, $"ignored the ')' at character {token.Position + 1}: it closes nothing");
        }
    }

    private QueryNode? ParseOr()
    {
        var clauses = new List<QueryNode>();
        if (ParseAnd() is { } first)
            clauses.Add(first);
        while (Peek.Kind == QueryTokenKind.Or)
        {
            var or = Next();
            var right = ParseAnd();
            if (right is null || clauses.Count == 0)
                Warn(or, $"ignored '{or.Text}' at character {or.Position + 1}: it needs a query on both sides");
            if (right is not null)
                clauses.Add(right);
        }

        return Combine(clauses, and: false);
    }

    private QueryNode? ParseAnd()
    {
        var clauses = new List<QueryNode>();
        while (Peek.Kind is not (QueryTokenKind.End or QueryTokenKind.RightParen or QueryTokenKind.Or))
        {
            if (Peek.Kind == QueryTokenKind.And)
            {
                var and = Next();
                if (clauses.Count == 0 || Peek.Kind is QueryTokenKind.End or QueryTokenKind.RightParen or QueryTokenKind.Or)
                    Warn(and, $"ignored '{and.Text}' at character {and.Position + 1}: it needs a query on both sides");
                continue;
            }

            if (ParseUnary() is { } clause)
                clauses.Add(clause);
        }

        return Combine(clauses, and: true);
    }

    private QueryNode? ParseUnary()
    {
        var negate = false;
        QueryToken? lastPrefix = null;
        while (Peek.Kind is QueryTokenKind.Not or QueryTokenKind.Must or QueryTokenKind.MustNot)
        {
            lastPrefix = Next();
            if (lastPrefix.Kind != QueryTokenKind.Must)
                negate = !negate;
        }

        var node = ParsePrimary();
        if (node is null && lastPrefix is not null && !IsOperand(Peek.Kind))
            Warn(lastPrefix, $"ignored '{lastPrefix.Text}' at character {lastPrefix.Position + 1}: nothing follows it");
        if (node is null)
            return null;
        return negate ? Negate(node) : node;
    }

    private QueryNode? ParsePrimary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case QueryTokenKind.LeftParen:
                Next();
                if (++_depth > MaxDepth)
                    throw new QuerySyntaxException(token.Position,
                        $"the parenthesis at character {token.Position + 1} nests deeper than {MaxDepth} levels");
                var inner = ParseOr();
                if (Peek.Kind == QueryTokenKind.RightParen)
                    Next();
                else
                    Warn(token, $"closed the parenthesis opened at character {token.Position + 1}");
                _depth--;
                return inner;

            case QueryTokenKind.Field:
                Next();
                if (!IsOperand(Peek.Kind) && Peek.Kind is not (QueryTokenKind.Not or QueryTokenKind.Must or QueryTokenKind.MustNot))
                {
                    Warn(token, $"ignored '{token.Text}:' at character {token.Position + 1}: nothing follows it");
                    return null;
                }

                if (++_depth > MaxDepth)
                    throw new QuerySyntaxException(token.Position,
                        $"the field '{token.Text}:' at character {token.Position + 1} nests deeper than {MaxDepth} levels");
                var scoped = ParseUnary();
                _depth--;
                return scoped is null or DateRangeNode ? scoped : new FieldNode(token.Text, scoped);

            case QueryTokenKind.Word:
                Next();
                return MakeWord(token);

            case QueryTokenKind.Phrase:
                Next();
                return MakePhrase(token);

            case QueryTokenKind.Date:
                Next();
                var range = DateQueryParser.Parse(token.Text, token.Position);
                if (range.From > range.To)
                    Warn(token, $"the dates at character {token.Position + 1} describe an empty range: nothing can match");
                return range;

            default:
                return null;
        }
    }

    private QueryNode? MakeWord(QueryToken token)
    {
        var text = token.Text;
        var boost = text.LastIndexOf('^');
        if (boost >= 0 && boost < text.Length - 1 && text[(boost + 1)..].All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            Warn(token, $"ignored the boost '{text[boost..]}' at character {token.Position + boost + 1}: field weights are fixed");
            text = text[..boost];
        }

        var tilde = text.LastIndexOf('~');
        if (tilde >= 0 && text[(tilde + 1)..].All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            Warn(token, $"fuzzy matching is not supported: searched '{text[..tilde]}' at character {token.Position + 1} as typed");
            text = text[..tilde];
        }

        var core = text.TrimEnd('*');
        if (!QueryText.HasWord(core))
        {
            Warn(token, $"ignored '{Shorten(token.Text)}' at character {token.Position + 1}: it has no letters or digits to search");
            return null;
        }

        CountTerms(1, token);
        if (core.Length == text.Length)
            return new WordNode(core);

        if (QueryText.LastWordLength(core) < MinPrefixLength)
            throw new QuerySyntaxException(token.Position,
                $"the prefix '{Shorten(text)}' at character {token.Position + 1} is too short: type at least {MinPrefixLength} letters before *");
        return new PrefixNode(core);
    }

    private QueryNode? MakePhrase(QueryToken token)
    {
        var words = QueryText.Words(token.Text);
        if (words.Count == 0)
        {
            Warn(token, $"ignored the phrase at character {token.Position + 1}: it has no letters or digits to search");
            return null;
        }

        CountTerms(words.Count, token);
        if (token.Distance is { } distance && words.Count > 1)
            return new NearNode(words, distance);
        return new PhraseNode(string.Join(' ', words));
    }

    private void CountTerms(int count, QueryToken token)
    {
        _terms += count;
        if (_terms > MaxTerms)
            throw new QuerySyntaxException(token.Position,
                $"the query has more than {MaxTerms} words (at character {token.Position + 1}); shorten it");
    }

    private static QueryNode Negate(QueryNode node) => node is NotNode not ? not.Inner : new NotNode(node);

    private static QueryNode? Combine(List<QueryNode> clauses, bool and) => clauses.Count switch
    {
        0 => null,
        1 => clauses[0],
        _ => and ? new AndNode(clauses) : new OrNode(clauses),
    };

    private static bool IsOperand(QueryTokenKind kind) => kind is QueryTokenKind.Word or QueryTokenKind.Phrase
        or QueryTokenKind.LeftParen or QueryTokenKind.Field or QueryTokenKind.Date;

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;

    private QueryToken Peek => _tokens[_index];

    private QueryToken Next()
    {
        var token = _tokens[_index];
        if (token.Kind != QueryTokenKind.End)
            _index++;
        return token;
    }

    private void Warn(QueryToken token, string message) => _warnings.Add(new QueryMessage(token.Position, message));
}

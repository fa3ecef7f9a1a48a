using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Index;

/// <summary>
/// Marks where a search's query matched a hit's title, body and quotes, with Lucene's <see cref="QueryScorer"/> over
/// the text re-analysed by <see cref="NewsAnalyzer"/> (so stems and folded diacritics are marked). The scorer keeps
/// to its field (a <c>title:</c> query marks only titles), never marks prohibited (MUST_NOT) clauses, and marks the
/// words of a phrase or span query only where the phrase or span stands in the text (its
/// <see cref="WeightedSpanTermExtractor"/> runs the span query over a one-document in-memory index of the text).
/// Consecutive words of one such match form one mark ("[peace plan]"); separate query words next to each other get
/// separate marks ("[peace] [plan]").
/// <para>
/// Pass the query as built, not rewritten against the index: a prefix query marks every word of the text it begins
/// (matched here token by token), and other multi-term queries (wildcard, fuzzy) are expanded by the scorer against
/// each highlighted text itself (<see cref="QueryScorer.ExpandMultiTermQuery"/>). A query that Lucene's <c>IndexSearcher.Rewrite</c> (or <c>Query.Rewrite(reader)</c>)
/// has already rewritten also works as long as its multi-term parts became term lists, but the constant-score rewrite
/// of a broad prefix becomes a filter (<see cref="ConstantScoreQuery"/> over a <c>MultiTermQueryWrapperFilter</c>)
/// whose terms the scorer cannot see, so those words would not be marked.
/// </para>
/// One instance per search, used by one thread at a time (the scorers and buffers are reused between hits).
/// </summary>
internal sealed class HitHighlighter
{
    /// <summary>Words in a body snippet; characters of a body shown when nothing in it matches.</summary>
    public const int SnippetWords = 40, PlainSnippetChars = 320;
    public const string Ellipsis = "…";

    private readonly NewsAnalyzer _analyzer;
    private readonly int _snippetWords;
    private readonly QueryScorer _title, _body, _quote;
    private readonly List<Token> _tokens = [];
    private readonly List<int> _matches = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<(string Field, string Text)> _prefixes = [];

    /// <summary>A token of the analysed text; for a matched one, its term and the scorer's entry (with the spans).</summary>
    private readonly record struct Token(int Start, int End, int Position, string? Term, WeightedSpanTerm? Weighted);

    /// <param name="query">The search's query, as built (see the class remarks on rewriting).</param>
    /// <param name="analyzer">The analysis chain the index was built with.</param>
    /// <param name="snippetWords">Words in a body snippet (tests use small windows).</param>
    public HitHighlighter(Query query, NewsAnalyzer analyzer, int snippetWords = SnippetWords)
    {
        ArgumentNullException.ThrowIfNull(query);
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        _snippetWords = Math.Max(1, snippetWords);
        var expand = CollectPrefixes(query);
        _title = Scorer(query, SearchFields.Title.Name, expand);
        _body = Scorer(query, SearchFields.Body.Name, expand);
        _quote = Scorer(query, SearchFields.Quote.Name, expand);
    }

    /// <summary>
    /// Notes the prefix queries outside prohibited clauses, which are matched here token by token: the scorer would
    /// build an in-memory index of every text to expand them, which costs ten times the analysis. Returns whether
    /// other multi-term queries (wildcard, fuzzy …) need that expansion all the same.
    /// </summary>
    private bool CollectPrefixes(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Where(c => !c.IsProhibited).Aggregate(false, (any, c) => CollectPrefixes(c.Query) | any),
        DisjunctionMaxQuery max => max.Disjuncts.Aggregate(false, (any, q) => CollectPrefixes(q) | any),
        ConstantScoreQuery { Query: { } inner } => CollectPrefixes(inner),
        FilteredQuery filtered => CollectPrefixes(filtered.Query),
        PrefixQuery prefix => Add(prefix.Prefix),
        MultiTermQuery => true,
        _ => false,
    };

    private bool Add(Term prefix)
    {
        _prefixes.Add((prefix.Field, prefix.Text));
        return false;
    }

    private static QueryScorer Scorer(Query query, string field, bool expand)
    {
        var scorer = new QueryScorer(query, field) { ExpandMultiTermQuery = expand };
        // The in-memory index the span extractor builds reads only this many characters (0 unless set).
        scorer.SetMaxDocCharsToAnalyze(int.MaxValue);
        return scorer;
    }

    /// <summary>The whole title, marked where the query matches field <c>title</c>.</summary>
    public MarkedText Title(string title) =>
        Analyse(_title, SearchFields.Title.Name, title) == 0 ? MarkedText.Plain(title) : new(title, Marks(0, _tokens.Count - 1, 0));

    /// <summary>
    /// About <see cref="SnippetWords"/> words of the body around its best matches in field <c>body</c> (the window
    /// holding the most distinct query terms, then the most matches, centred on them, or starting at a sentence
    /// that begins shortly before them), cut at word boundaries with <see cref="Ellipsis"/> where text was cut. A body
    /// that short is shown whole; one without a match shows its opening. Newlines are shown as spaces.
    /// </summary>
    public MarkedText Snippet(string body)
    {
        if (Analyse(_body, SearchFields.Body.Name, body) == 0) return Opening(body);
        var count = _tokens.Count;
        if (count <= _snippetWords) return Cut(body, 0, count - 1);

        var (bestScore, bestStart) = (0, 0);
        foreach (var match in _matches)
        {
            var score = WindowScore(match, out var centred);
            if (score > bestScore) (bestScore, bestStart) = (score, centred);
            var sentence = SentenceStart(body, match);
            if (sentence < match)
            {
                score = WindowScore(sentence, out _) + (sentence == 0 ? 120 : 100);
                if (score > bestScore) (bestScore, bestStart) = (score, sentence);
            }
        }
        return Cut(body, bestStart, Math.Min(count, bestStart + _snippetWords) - 1);
    }

    /// <summary>The quotes (by their index in <paramref name="quotes"/>) where the query matches field <c>quote</c>, marked, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<(int Index, MarkedText Quote)> MatchingQuotes(IReadOnlyList<string> quotes, int max = 3)
    {
        var result = new List<(int, MarkedText)>();
        for (var i = 0; i < quotes.Count && result.Count < max; i++)
            if (Analyse(_quote, SearchFields.Quote.Name, quotes[i]) > 0)
                result.Add((i, new MarkedText(quotes[i], Marks(0, _tokens.Count - 1, 0))));
        return result;
    }

    /// <summary>Analyses the text into <see cref="_tokens"/>, noting the scored ones in <see cref="_matches"/>; returns how many scored.</summary>
    private int Analyse(QueryScorer scorer, string field, string text)
    {
        _tokens.Clear();
        _matches.Clear();
        if (text.Length == 0) return 0;
        TokenStream stream = _analyzer.GetTokenStream(field, text);
        try
        {
            // With span or multi-term queries the scorer reads the stream into a cache to index it in memory, and
            // hands back the cache, rewound. The cache never resets the stream it wraps, so that is done first.
            stream.Reset();
            if (scorer.Init(stream) is { } cached)
            {
                stream = cached;
                stream.Reset();
            }
            scorer.StartFragment(null!);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                string? matched = null;
                WeightedSpanTerm? weighted = null;
                if (scorer.GetTokenScore() > 0 || HasPrefix(field, term))
                {
                    matched = term.ToString();
                    weighted = scorer.GetWeightedSpanTerm(matched);
                    _matches.Add(_tokens.Count);
                }
                _tokens.Add(new Token(offset.StartOffset, offset.EndOffset, position, matched, weighted));
            }
            stream.End();
        }
        finally
        {
            stream.Dispose();
        }
        return _matches.Count;
    }

    private bool HasPrefix(string field, ICharTermAttribute term)
    {
        foreach (var prefix in _prefixes)
            if (prefix.Field == field && term.Buffer.AsSpan(0, term.Length).StartsWith(prefix.Text)) return true;
        return false;
    }

    /// <summary>
    /// The marks of the matched tokens from token <paramref name="first"/> to <paramref name="last"/>, moved by
    /// <paramref name="shift"/> characters. Consecutive tokens of one span (a phrase where it stands) are one mark.
    /// </summary>
    private List<TextMark> Marks(int first, int last, int shift)
    {
        var marks = new List<TextMark>();
        var previous = -1;
        for (var i = FirstMatchAtOrAfter(first); i < _matches.Count && _matches[i] <= last; i++)
        {
            var token = _tokens[_matches[i]];
            if (previous >= 0 && _matches[i] == previous + 1 && OneSpan(_tokens[previous], token))
                marks[^1] = marks[^1] with { Length = token.End + shift - marks[^1].Start };
            else if (marks.Count > 0 && token.Start + shift < marks[^1].End)
                marks[^1] = marks[^1] with { Length = Math.Max(marks[^1].End, token.End + shift) - marks[^1].Start };
            else
                marks.Add(new TextMark(token.Start + shift, token.End - token.Start));
            previous = _matches[i];
        }
        return marks;
    }

    /// <summary>Whether two consecutive matched tokens belong to one span the extractor found (the same span object).</summary>
    private static bool OneSpan(Token left, Token right)
    {
        if (left.Weighted is not { } a || right.Weighted is not { } b || right.Position != left.Position + 1) return false;
        foreach (var span in a.PositionSpans)
            if (span.Start <= left.Position && span.End >= right.Position && b.PositionSpans.Contains(span)) return true;
        return false;
    }

    /// <summary>
    /// The snippet score of the window starting at token <paramref name="from"/>: 1000 per distinct query term in it and
    /// 1 per repeat (as FTS5's snippet()); and where a window centred on those matches would start.
    /// </summary>
    private int WindowScore(int from, out int centred)
    {
        _seen.Clear();
        var (score, first, last) = (0, -1, 0);
        var end = (long)from + _snippetWords;
        for (var i = FirstMatchAtOrAfter(from); i < _matches.Count && _matches[i] < end; i++)
        {
            score += _seen.Add(_tokens[_matches[i]].Term!) ? 1000 : 1;
            if (first < 0) first = _matches[i];
            last = _matches[i] + 1;
        }
        var start = first - (_snippetWords - (last - first)) / 2;
        centred = Math.Max(0, Math.Min(start, _tokens.Count - _snippetWords));
        return score;
    }

    private int FirstMatchAtOrAfter(int token) => _matches.BinarySearch(token) is var i && i >= 0 ? i : ~i;

    /// <summary>
    /// The nearest token at or before <paramref name="match"/>, close enough for one window to hold both, that starts a
    /// sentence (whitespace after '.', ':', '!' or '?'), or token 0; <paramref name="match"/> itself when there is none.
    /// </summary>
    private int SentenceStart(string text, int match)
    {
        for (var token = match; token > match - _snippetWords && token >= 0; token--)
        {
            if (token == 0) return 0;
            var i = _tokens[token].Start - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            if (i >= 0 && i < _tokens[token].Start - 1 && text[i] is '.' or ':' or '!' or '?') return token;
        }
        return match;
    }

    /// <summary>Tokens <paramref name="first"/> to <paramref name="last"/> of the text, marked, with an ellipsis on each cut side.</summary>
    private MarkedText Cut(string text, int first, int last)
    {
        var start = first == 0 ? 0 : _tokens[first].Start;
        var end = last == _tokens.Count - 1 ? text.Length : _tokens[last].End;
        var prefix = start > 0 ? Ellipsis : "";
        var suffix = end < text.Length ? Ellipsis : "";
        var shown = string.Concat(prefix, OneLine(text.AsSpan(start, end - start)), suffix);
        return new MarkedText(shown, Marks(first, last, prefix.Length - start));
    }

    /// <summary>
    /// The opening of a body with nothing to mark: its first <see cref="PlainSnippetChars"/> characters (whole code
    /// points), cut back to a word boundary with " …" when the body goes on.
    /// </summary>
    public static MarkedText Opening(string body)
    {
        var end = 0;
        for (var runes = 0; end < body.Length && runes < PlainSnippetChars; runes++)
            end += char.IsHighSurrogate(body[end]) && end + 1 < body.Length && char.IsLowSurrogate(body[end + 1]) ? 2 : 1;
        if (end == body.Length) return MarkedText.Plain(OneLine(body));
        var cut = body.AsSpan(0, end).LastIndexOfAny(' ', '\n', '\t');
        if (cut > PlainSnippetChars * 5 / 8) end = cut;
        return MarkedText.Plain(OneLine(body.AsSpan(0, end).TrimEnd()) + " " + Ellipsis);
    }

    /// <summary>The text with line breaks shown as spaces, character for character (so marks keep their offsets).</summary>
    private static string OneLine(ReadOnlySpan<char> text)
    {
        var line = text.ToString();
        return text.IndexOfAny('\n', '\r') < 0 ? line : line.Replace('\n', ' ').Replace('\r', ' ');
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Core.Index;

/// <summary>
/// Marks where a search's query matched a hit's title, body and quotes, from the character offsets the index holds
/// in the postings of those fields (<see cref="ArticleDocuments.StoredTextWithOffsets"/>), as Lucene's
/// PostingsHighlighter does, so no text is re-analysed: the marks are the indexed tokens, stems and folded diacritics
/// included. The query is walked once, as built by the search (not rewritten): terms mark every occurrence; a phrase
/// marks only where its words stand at their positions, as one mark from its first to its last word ("[peace plan]"),
/// while separate query words next to each other get separate marks ("[peace] [plan]"); the words of a near (span)
/// query or sloppy phrase are marked one by one where each stands within the query's reach of all the others; a
/// prefix or wildcard marks the terms it stands for in the hit's segment (at most
/// <see cref="FieldMatcher.MaxExpansions"/> of them, in term order). Clauses on other fields, prohibited (MUST_NOT)
/// clauses and other queries (numeric ranges, fuzzy …) mark nothing.
/// <para>
/// Quotes are one multi-valued field whose offsets run on across values: quote i starts at the sum of the earlier
/// quotes' lengths plus <see cref="QuoteOffsetGap"/> each (Lucene's default offset gap, which
/// <see cref="NewsAnalyzer"/> keeps), so a mark maps back to (quote index, offset in that quote) by walking the
/// stored quotes in order.
/// </para>
/// One instance per search, used by one thread at a time (buffers and per-segment term lookups are reused).
/// </summary>
internal sealed class HitHighlighter
{
    /// <summary>Words in a body snippet; characters of a body shown when nothing in it matches.</summary>
    public const int SnippetWords = 40, PlainSnippetChars = 320;
    public const string Ellipsis = "…";

    /// <summary>Offsets between the end of one quote and the start of the next (<c>Analyzer.GetOffsetGap</c>).</summary>
    public const int QuoteOffsetGap = 1;

    private readonly IndexReader _reader;
    private readonly int _snippetWords;
    private readonly FieldMatcher _title = new(SearchFields.Title.Name), _body = new(SearchFields.Body.Name), _quote = new(SearchFields.Quote.Name);
    private readonly List<(int First, int Last)> _matchWords = [];
    private int[] _seen = new int[16];   // per match key, the window that last counted it (see _window)
    private int _window;
    private readonly TextWords _words = new();

    /// <param name="query">The search's query, as built (a prefix is expanded here, per segment).</param>
    /// <param name="reader">The reader the search ran on, whose document numbers the hits carry.</param>
    /// <param name="snippetWords">Words in a body snippet (tests use small windows).</param>
    public HitHighlighter(Query query, IndexReader reader, int snippetWords = SnippetWords)
    {
        ArgumentNullException.ThrowIfNull(query);
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _snippetWords = Math.Max(1, snippetWords);
        Collect(query);
    }

    private FieldMatcher? Matcher(string field) =>
        field == _title.Field ? _title : field == _body.Field ? _body : field == _quote.Field ? _quote : null;

    /// <summary>Notes what each clause outside prohibited ones marks, in its field.</summary>
    private void Collect(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (!clause.IsProhibited) Collect(clause.Query);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) Collect(disjunct);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query);
                break;
            case TermQuery term:
                Matcher(term.Term.Field)?.AddTerm(term.Term.Bytes);
                break;
            case SpanTermQuery span:
                Matcher(span.Term.Field)?.AddTerm(span.Term.Bytes);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms && Matcher(terms[0].Field) is { } matcher:
                var positions = phrase.GetPositions();
                var bytes = terms.Select(t => t.Bytes).ToList();
                if (terms.Length == 1) matcher.AddTerm(bytes[0]);
                else if (phrase.Slop == 0) matcher.AddPhrase(bytes, positions);
                else matcher.AddNear(bytes, phrase.Slop + positions.Max() - positions.Min());
                break;
            case SpanNearQuery near when Matcher(near.Field) is { } matcher:
                var spanTerms = new List<BytesRef>();
                var slop = SpanTerms(near, spanTerms);
                if (spanTerms.Count > 0) matcher.AddNear(spanTerms, slop + spanTerms.Count - 1);
                break;
            case PrefixQuery prefix when prefix.Prefix.Text.Length > 0:
                Matcher(prefix.Field)?.AddPattern(BasicOperations.Concatenate(
                    BasicAutomata.MakeString(prefix.Prefix.Text), BasicAutomata.MakeAnyString()));
                break;
            case WildcardQuery wildcard:
                Matcher(wildcard.Field)?.AddPattern(WildcardQuery.ToAutomaton(wildcard.Term));
                break;
        }
    }

    /// <summary>Adds the terms of a (nested) span near query to <paramref name="terms"/>; returns the slops summed.</summary>
    private static int SpanTerms(SpanNearQuery near, List<BytesRef> terms)
    {
        var slop = near.Slop;
        foreach (var clause in near.GetClauses())
        {
            if (clause is SpanTermQuery term) terms.Add(term.Term.Bytes);
            else if (clause is SpanNearQuery inner) slop += SpanTerms(inner, terms);
        }
        return slop;
    }

    /// <summary>The whole title, marked where the query matches field <c>title</c> in document <paramref name="doc"/>.</summary>
    public MarkedText Title(int doc, string title)
    {
        var matches = Valid(_title.Find(_reader, doc), title);
        return matches.Count == 0 ? MarkedText.Plain(title) : new(title, Marks(matches, 0, title.Length, 0));
    }

    /// <summary>
    /// About <see cref="SnippetWords"/> words (whitespace-separated) of the body around its best matches in field
    /// <c>body</c> of document <paramref name="doc"/> (the window holding the most distinct query terms, then the most
    /// matches, centred on them, or starting at a sentence that begins shortly before them), cut at word boundaries
    /// with <see cref="Ellipsis"/> where text was cut. A body that short is shown whole; one without a match shows its
    /// opening. Newlines are shown as spaces.
    /// </summary>
    public MarkedText Snippet(int doc, string body)
    {
        var matches = Valid(_body.Find(_reader, doc), body);
        if (matches.Count == 0) return Opening(body);
        _words.Reset(body);
        if (!_words.Has(_snippetWords)) return Cut(matches, 0, _words.Found - 1);

        _matchWords.Clear();
        foreach (var match in matches) _matchWords.Add((_words.Of(match.Start), _words.Of(match.End - 1)));
        var (bestScore, bestStart, previous) = (0, 0, -1);
        foreach (var (word, _) in _matchWords)
        {
            if (word == previous) continue;   // the same windows as the match before
            previous = word;
            var score = WindowScore(matches, word, out var centred);
            if (score > bestScore) (bestScore, bestStart) = (score, centred);
            var sentence = SentenceStart(word);
            if (sentence < word)
            {
                score = WindowScore(matches, sentence, out _) + (sentence == 0 ? 120 : 100);
                if (score > bestScore) (bestScore, bestStart) = (score, sentence);
            }
        }
        var last = bestStart + _snippetWords - 1;
        return Cut(matches, bestStart, _words.Has(last) ? last : _words.Found - 1);
    }

    /// <summary>
    /// The quotes (by their index in <paramref name="quotes"/>, the document's stored values in order) where the query
    /// matches field <c>quote</c> of document <paramref name="doc"/>, marked, at most <paramref name="max"/>.
    /// </summary>
    public IReadOnlyList<(int Index, MarkedText Quote)> MatchingQuotes(int doc, IReadOnlyList<string> quotes, int max = 3)
    {
        var result = new List<(int, MarkedText)>();
        var matches = _quote.Find(_reader, doc);
        var (m, start) = (0, 0);
        for (var i = 0; i < quotes.Count && result.Count < max && m < matches.Count; i++)
        {
            var end = start + quotes[i].Length;
            List<TextMark>? marks = null;
            for (; m < matches.Count && matches[m].Start < end; m++)
                if (matches[m].Start >= start && matches[m].End <= end)
                    (marks ??= []).Add(new TextMark(matches[m].Start - start, matches[m].End - matches[m].Start));
            if (marks is not null) result.Add((i, new MarkedText(quotes[i], marks)));
            start = end + QuoteOffsetGap;
        }
        return result;
    }

    /// <summary>The matches without those past the text (none when the stored text is what was indexed).</summary>
    private static List<FieldMatcher.Match> Valid(List<FieldMatcher.Match> matches, string text)
    {
        // Merged matches do not overlap, so their ends rise with their starts: any past the text are the last.
        while (matches.Count > 0 && matches[^1].End > text.Length) matches.RemoveAt(matches.Count - 1);
        return matches;
    }

    /// <summary>The matches within [<paramref name="from"/>, <paramref name="to"/>), clipped to it and moved by <paramref name="shift"/>.</summary>
    private static List<TextMark> Marks(List<FieldMatcher.Match> matches, int from, int to, int shift)
    {
        var marks = new List<TextMark>();
        foreach (var match in matches)
        {
            var (start, end) = (Math.Max(match.Start, from), Math.Min(match.End, to));
            if (start < end) marks.Add(new TextMark(start + shift, end - start));
        }
        return marks;
    }

    /// <summary>
    /// The snippet score of the window starting at word <paramref name="from"/>: 1000 per distinct query term (or
    /// phrase) in it and 1 per repeat (as FTS5's snippet()); and where a window centred on those matches would start.
    /// </summary>
    private int WindowScore(List<FieldMatcher.Match> matches, int from, out int centred)
    {
        _window++;
        var (score, first, last) = (0, -1, 0);
        var end = (long)from + _snippetWords;
        for (var i = FirstMatchAtOrAfter(from); i < _matchWords.Count && _matchWords[i].First < end; i++)
        {
            var key = matches[i].Key;
            if (key >= _seen.Length) Array.Resize(ref _seen, Math.Max(key + 1, _seen.Length * 2));
            score += _seen[key] == _window ? 1 : 1000;
            _seen[key] = _window;
            if (first < 0) first = _matchWords[i].First;
            last = Math.Max(last, _matchWords[i].Last + 1);
        }
        var start = Math.Max(0, first - (_snippetWords - (last - first)) / 2);
        // A window running past the last word moves back to end there.
        if (!_words.Has(start + _snippetWords - 1)) start = Math.Max(0, _words.Found - _snippetWords);
        centred = start;
        return score;
    }

    private int FirstMatchAtOrAfter(int word)
    {
        var (low, high) = (0, _matchWords.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_matchWords[mid].First < word) low = mid + 1; else high = mid;
        }
        return low;
    }

    /// <summary>
    /// The nearest word at or before word <paramref name="match"/>, close enough for one window to hold both, that
    /// starts a sentence (the word before it ends in '.', ':', '!' or '?'), or word 0; <paramref name="match"/> itself
    /// when there is none.
    /// </summary>
    private int SentenceStart(int match) => _words.SentenceAt(match) is var start && start > match - _snippetWords ? start : match;

    /// <summary>Words <paramref name="first"/> to <paramref name="last"/> of the body, marked, with an ellipsis on each cut side.</summary>
    private MarkedText Cut(List<FieldMatcher.Match> matches, int first, int last)
    {
        var text = _words.Text;
        var start = first == 0 ? 0 : _words.Start(first);
        var end = _words.Has(last + 1) ? _words.End(last) : text.Length;
        var prefix = start > 0 ? Ellipsis : "";
        var suffix = end < text.Length ? Ellipsis : "";
        var shown = string.Concat(prefix, OneLine(text.AsSpan(start, end - start)), suffix);
        return new MarkedText(shown, Marks(matches, start, end, prefix.Length - start));
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

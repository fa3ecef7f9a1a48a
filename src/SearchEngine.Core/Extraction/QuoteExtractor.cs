namespace SearchEngine.Core.Extraction;

/// <summary>
/// Finds direct quotations (straight or curly double quotes, top-level single quotes; nested single quotes stay inside
/// their quotation) and attributes each to a speaker when the text does: "X said", "said X", "X: “…”", "according to X",
/// "X told …", or a pronoun pointing back to the last named speaker. Quotes of one or two words (scare quotes) are kept but
/// attributed only when a speech verb sits right next to them. Speakers are given as the person's display name.
/// Stateless and thread-safe.
/// </summary>
public sealed class QuoteExtractor
{
    private const int MaxQuoteLength = 2500;
    private readonly NameLexicon _lexicon = NameLexicon.Default;

    private readonly record struct Span(int Open, int Close, bool Unclosed);

    /// <summary>The quotations in <paramref name="text"/>, attributed to the given persons of that text where possible.</summary>
    public IReadOnlyList<Quote> Extract(string text, IReadOnlyList<Person> persons) => Extract(text, persons, null);

    /// <summary>
    /// The quotations in <paramref name="text"/>; <paramref name="author"/> (the article's author, named outside its text)
    /// answers a pronoun that has no named person before it ("he concludes: “…”" in a signed column).
    /// </summary>
    public IReadOnlyList<Quote> Extract(string text, IReadOnlyList<Person> persons, string? author)
    {
        var spans = FindSpans(text);
        if (spans.Count == 0) return [];
        var tokens = WordTokenizer.Tokenize(text);
        var mentions = new List<(Mention Mention, Person Person)>();
        foreach (var person in persons)
            foreach (var mention in person.Mentions)
                mentions.Add((mention, person));
        mentions.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));

        var quotes = new List<Quote>(spans.Count);
        var state = new SpeakerState();
        var previousUnclosed = false;
        var previousClose = -1;
        string? previousSpeaker = null;
        var previousLong = false;
        foreach (var span in spans)
        {
            var innerStart = span.Open + 1;
            var innerEnd = span.Close;
            while (innerStart < innerEnd && char.IsWhiteSpace(text[innerStart])) innerStart++;
            while (innerEnd > innerStart && (char.IsWhiteSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ',')) innerEnd--;
            if (innerEnd <= innerStart) { previousClose = span.Close; continue; }
            var inner = text[innerStart..innerEnd];
            var words = CountWords(inner);
            var isShort = words <= 2;

            state.Author = author;
            string? speaker = Attribute(text, tokens, mentions, span, previousClose, isShort, state);
            if (speaker is null && previousUnclosed && IsLineStart(text, span.Open)) speaker = state.LastSpeaker;
            // a second quotation in the same paragraph, with nobody named in between, continues the previous speaker
            if (speaker is null && !isShort && previousSpeaker is not null && previousLong && previousClose >= 0
                && text.IndexOf('\n', previousClose, span.Open - previousClose) < 0 && !HasOtherMentionBetween(mentions, previousClose, span.Open, previousSpeaker))
                speaker = previousSpeaker;
            if (speaker is not null && !isShort)
            {
                state.LastSpeaker = speaker;
                state.LastSpeakerAt = span.Open;
            }
            quotes.Add(new Quote(inner, speaker, innerStart, innerEnd));
            previousUnclosed = span.Unclosed;
            previousClose = span.Close;
            previousSpeaker = speaker;
            previousLong = !isShort;
        }
        return quotes;
    }

    /// <summary>What pronoun resolution needs to know about earlier quotations.</summary>
    private sealed class SpeakerState
    {
        public string? LastSpeaker { get; set; }
        public int LastSpeakerAt { get; set; } = -1;
        public string? Author { get; set; }
    }

    private static bool HasOtherMentionBetween(List<(Mention Mention, Person Person)> mentions, int from, int to, string speaker)
    {
        foreach (var (mention, person) in mentions)
            if (mention.Start >= from && mention.Start < to && person.Name != speaker) return true;
        return false;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    private static bool IsLineStart(string text, int index)
    {
        var k = index - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        return k < 0 || text[k] == '\n';
    }

    /// <summary>Pairs the quote marks of the text. A quotation left open at a paragraph end closes there (multi-paragraph quotes).</summary>
    private static List<Span> FindSpans(string text)
    {
        var spans = new List<Span>();
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (c == '“' || (c == '"' && IsOpeningStraight(text, i)))
            {
                var close = FindClose(text, i, c == '“' ? '”' : '"', c, out var unclosed);
                if (close > i)
                {
                    spans.Add(new Span(i, close, unclosed));
                    i = unclosed ? close : close + 1;
                    continue;
                }
            }
            else if ((c == '‘' || (c == '\'' && IsOpeningStraight(text, i))) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                var close = FindSingleClose(text, i, c == '‘' ? '’' : '\'');
                if (close > i)
                {
                    spans.Add(new Span(i, close, false));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return spans;
    }

    private static bool IsOpeningStraight(string text, int i)
    {
        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return false;
        return i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/' or ':';
    }

    private static int FindClose(string text, int open, char closeMark, char openMark, out bool unclosed)
    {
        unclosed = false;
        var limit = Math.Min(text.Length, open + MaxQuoteLength);
        for (var k = open + 1; k < limit; k++)
        {
            var c = text[k];
            if (c == closeMark && (closeMark != '"' || IsClosingStraight(text, k))) return k;
            if (c == '\n')
            {
                var next = k + 1;
                while (next < text.Length && text[next] is ' ' or '\t') next++;
                var blank = next < text.Length && text[next] == '\n';
                var continues = next < text.Length && (text[next] == openMark || text[next] == '“');
                if (blank || continues || next >= text.Length)
                {
                    unclosed = true;
                    return k;
                }
            }
            else if (openMark == '“' && c == '“')
            {
                // a new opening mark before any close: the first quotation ran to its paragraph end without a mark
                return -1;
            }
        }
        return -1;
    }

    private static bool IsClosingStraight(string text, int k) =>
        k + 1 >= text.Length || !char.IsLetterOrDigit(text[k + 1]);

    private static int FindSingleClose(string text, int open, char closeMark)
    {
        var limit = Math.Min(text.Length, open + 400);
        for (var k = open + 2; k < limit; k++)
        {
            var c = text[k];
            if (c == '\n') return -1;
            if (c == closeMark && (k + 1 >= text.Length || !char.IsLetter(text[k + 1]))
                && (closeMark != '\'' || char.IsLetter(text[k - 1]) || text[k - 1] is '.' or '!' or '?' or ','))
            {
                // "the Callaways' plan": a plural possessive is not a closing quote when a letter word follows and no open quote context
                if (closeMark == '\'' && k + 2 < text.Length && text[k + 1] == ' ' && char.IsLower(text[k + 2]) && text[k - 1] == 's')
                    continue;
                return k;
            }
        }
        return -1;
    }

    private string? Attribute(string text, List<WordToken> tokens, List<(Mention Mention, Person Person)> mentions,
        Span span, int previousClose, bool isShort, SpeakerState state)
    {
        // after the quote: ,” Rubio said. | ,” said Rubio | ?” journalist Anne Applebaum asked | ,” he said
        var afterEnd = AfterWindowEnd(text, span.Close + 1);
        var first = LowerBound(tokens, span.Close + 1);
        var limit = isShort ? 3 : 8;
        var afterText = text.AsSpan(span.Close + 1, Math.Max(0, Math.Min(afterEnd, text.Length) - span.Close - 1)).TrimStart();
        var closeInner = span.Close > 0 ? text[span.Close - 1] : ' ';
        // ,” Rubio said | ?” she asked | ” Rubio said | ”, he said — but not after a quotation that ended its sentence
        var attachedAfter = closeInner is ',' or '?' or '!' or '—' or '–'
            || (closeInner is not '.' && afterText.Length > 0 && (afterText[0] is ',' or '—' or '–' || char.IsLetter(afterText[0])));
        if (closeInner == '.' && afterText.Length > 0 && char.IsLower(afterText[0])) attachedAfter = true;
        if (attachedAfter)
        {
            for (var k = first; k < tokens.Count && k < first + limit && tokens[k].Start < afterEnd; k++)
            {
                if (!_lexicon.SpeechVerbs.Contains(tokens[k].Text)) continue;
                var speaker = SubjectBefore(text, tokens, mentions, k, span.Close + 1, state)
                    ?? ObjectAfter(tokens, mentions, k, afterEnd, state);
                if (speaker is not null) return speaker;
                break;
            }
        }

        // before the quote, in the same sentence: X said: “ | X told reporters that “ | according to X, “ | X: “
        var colon = PreviousNonSpace(text, span.Open);
        var windowEnd = span.Open;
        if (colon >= 0 && text[colon] == ':')
        {
            var named = MentionEndingAt(mentions, colon, text);
            if (named is not null) return named;
            windowEnd = colon; // "he concludes:" may end the line before the quotation
        }
        var sentenceStart = SentenceStartBefore(text, windowEnd, previousClose);
        var lastToken = LowerBound(tokens, windowEnd) - 1;
        var maxDistance = isShort ? 10 : int.MaxValue;
        for (var k = lastToken; k >= 0 && tokens[k].Start >= sentenceStart && lastToken - k < maxDistance; k--)
        {
            var word = tokens[k].Text;
            if (word == "according" && k + 1 < tokens.Count && tokens[k + 1].Text == "to")
            {
                var named = FirstMentionIn(mentions, tokens[k + 1].End, span.Open);
                if (named is not null) return named;
            }
            if (!_lexicon.SpeechVerbs.Contains(word)) continue;
            var speaker = SubjectBefore(text, tokens, mentions, k, sentenceStart, state)
                ?? ObjectAfter(tokens, mentions, k, windowEnd, state);
            if (speaker is not null) return speaker;
            break;
        }

        if (isShort) return null;
        // "Dmitriev expressed optimism … because “we feel …”": the sentence's subject is a named person.
        var firstInSentence = LowerBound(tokens, sentenceStart);
        if (firstInSentence < tokens.Count && tokens[firstInSentence].Start < span.Open)
        {
            var subject = MentionStartingAt(mentions, tokens[firstInSentence].Start, text);
            if (subject is not null) return subject;
        }
        return null;
    }

    /// <summary>The person, pronoun or "the president" right before the verb at token <paramref name="verb"/>.</summary>
    private string? SubjectBefore(string text, List<WordToken> tokens, List<(Mention Mention, Person Person)> mentions,
        int verb, int windowStart, SpeakerState state)
    {
        var verbStart = tokens[verb].Start;
        // the nearest mention before the verb, skipping one set off as an apposition's object
        // ("Graham, normally a Trump ally, has described …" is Graham's)
        var k = verb - 1;
        while (k >= 0 && tokens[k].Start >= windowStart && (tokens[k].Text is "has" or "had" or "have" or "also" or "then" or "later" || tokens[k].Text.EndsWith("ly", StringComparison.Ordinal)))
            k--;
        var pronounOrTitle = false;
        if (k >= 0 && tokens[k].Start >= windowStart)
        {
            var word = tokens[k].Text;
            pronounOrTitle = word is "he" or "she" or "He" or "She"
                || ((_lexicon.Roles.Contains(word) || _lexicon.Titles.Contains(word)) && k > 0 && tokens[k - 1].Text is "the" or "The");
        }
        if (!pronounOrTitle)
        {
            for (var m = mentions.Count - 1; m >= 0; m--)
            {
                var mention = mentions[m].Mention;
                if (mention.End > verbStart) continue;
                if (mention.Start < windowStart) break;
                if (HasClauseBreak(text, mention.End, verbStart)) break;
                var between = TokensBetween(tokens, mention.End, verbStart);
                var gap = text.AsSpan(mention.End, verbStart - mention.End);
                var commas = gap.Count(',');
                var apposition = commas == 2 && gap.TrimStart().StartsWith(",");
                if (commas == 0 && between <= 8) return mentions[m].Person.Name;
                // "a spokesperson, Tommy Pigott, called …": the name closes an apposition right before the verb
                if (between == 0 && gap.Trim().SequenceEqual(",")) return mentions[m].Person.Name;
                // "Rubio tried to back away from it, posting …": a participle clause after the subject's own clause
                if (commas == 1 && between <= 12 && tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal)
                    && gap.TrimEnd().EndsWith(",")) return mentions[m].Person.Name;
                if (apposition && between <= 14) return mentions[m].Person.Name;
                if (commas > 2) break;
            }
            return null;
        }
        return ResolvePronoun(text, mentions, tokens[k].Start, state);
    }

    /// <summary>
    /// "he said": the speaker of the last attributed quotation, unless a person became the subject of a sentence since;
    /// with no person named at all, the article's author.
    /// </summary>
    private static string? ResolvePronoun(string text, List<(Mention Mention, Person Person)> mentions, int position, SpeakerState state)
    {
        (Mention Mention, Person Person)? subject = null;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m].Mention;
            if (mention.Start >= position) continue;
            // the first mention of the sentence holding the latest mention
            var sentenceStart = SentenceStartBefore(text, mention.Start, -1);
            var first = m;
            while (first > 0 && mentions[first - 1].Mention.Start >= sentenceStart) first--;
            subject = mentions[first];
            break;
        }
        if (state.LastSpeaker is not null && (subject is null || subject.Value.Mention.Start < state.LastSpeakerAt)) return state.LastSpeaker;
        return subject?.Person.Name ?? state.LastSpeaker ?? state.Author;
    }

    /// <summary>"said Rubio", "said Sen. Angus King": a mention right after the verb.</summary>
    private static string? ObjectAfter(List<WordToken> tokens, List<(Mention Mention, Person Person)> mentions, int verb, int windowEnd, SpeakerState state)
    {
        var from = tokens[verb].End;
        foreach (var (mention, person) in mentions)
        {
            if (mention.Start < from) continue;
            if (mention.Start >= windowEnd) break;
            return TokensBetween(tokens, from, mention.Start) <= 2 ? person.Name : null;
        }
        if (verb + 1 < tokens.Count && tokens[verb + 1].Text is "he" or "she" && tokens[verb + 1].Start < windowEnd) return state.LastSpeaker;
        return null;
    }

    private static int TokensBetween(List<WordToken> tokens, int from, int to)
    {
        var count = 0;
        for (var k = LowerBound(tokens, from); k < tokens.Count && tokens[k].Start < to; k++) count++;
        return count;
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        var depth = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && c is '.' or ';' or '“' or '”' or '"') return true;
        }
        return false;
    }

    private static string? FirstMentionIn(List<(Mention Mention, Person Person)> mentions, int from, int to)
    {
        foreach (var (mention, person) in mentions)
            if (mention.Start >= from && mention.Start < to) return person.Name;
        return null;
    }

    private static string? MentionEndingAt(List<(Mention Mention, Person Person)> mentions, int position, string text)
    {
        foreach (var (mention, person) in mentions)
        {
            var end = mention.End;
            while (end < position && text[end] is ' ' or ')' or '(' or '-' || (end < position && char.IsLetter(text[end]) && InParenthesis(text, end))) end++;
            if (end == position) return person.Name;
        }
        return null;
    }

    private static bool InParenthesis(string text, int index)
    {
        var open = text.LastIndexOf('(', index);
        var close = text.LastIndexOf(')', index);
        return open > close;
    }

    private static string? MentionStartingAt(List<(Mention Mention, Person Person)> mentions, int position, string text)
    {
        foreach (var (mention, person) in mentions)
            if (mention.Start == position) return person.Name;
        return null;
    }

    private static int PreviousNonSpace(string text, int index)
    {
        var k = index - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\n') k--;
        return k;
    }

    private static int AfterWindowEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + 160);
        for (var k = from; k < limit; k++)
        {
            var c = text[k];
            if (c is '\n' or '“') return k;
            if (c is '.' or '!' or '?' && k > from + 1 && (k + 1 >= text.Length || char.IsWhiteSpace(text[k + 1])))
            {
                var wordStart = k - 1;
                while (wordStart >= from && char.IsLetter(text[wordStart])) wordStart--;
                var word = text.AsSpan(wordStart + 1, k - wordStart - 1).ToString();
                if (!WordTokenizer.IsAbbreviation(word) && word.Length != 1) return k;
            }
        }
        return limit;
    }

    /// <summary>Where the sentence holding <paramref name="index"/> begins: after a sentence end, a line break, or the previous quotation.</summary>
    private static int SentenceStartBefore(string text, int index, int previousClose)
    {
        var floor = Math.Max(0, Math.Max(previousClose + 1, index - 600));
        for (var k = index - 1; k >= floor; k--)
        {
            var c = text[k];
            if (c == '\n') return k + 1;
            if (c is '.' or '!' or '?' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]))
            {
                var wordStart = k - 1;
                while (wordStart >= 0 && char.IsLetter(text[wordStart])) wordStart--;
                var word = text.AsSpan(wordStart + 1, k - wordStart - 1).ToString();
                if (!WordTokenizer.IsAbbreviation(word) && word.Length != 1) return k + 1;
            }
        }
        return floor;
    }

    private static int LowerBound(List<WordToken> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Finds direct quotations (straight or curly double quotes, top-level single quotes; nested single quotes stay inside
/// their quotation) and attributes each to a speaker when the text does: "X said", "said X", "X: “…”", "according to X",
/// "X told …", "the senator said" or a pronoun pointing back to a named person, and a quotation continuing the previous
/// speaker's. Quotes of one or two words (scare quotes) are kept but attributed only when a speech verb sits near them.
/// Speakers are given as the person's display name in the article. Stateless and thread-safe.
/// </summary>
public sealed class QuoteExtractor
{
    private const int MaxQuoteLength = 2500;
    private readonly NameLexicon _lexicon = NameLexicon.Default;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "to", "for", "with", "against", "about", "from", "by", "than", "at", "on", "in", "over", "behind", "toward", "towards",
        "between", "under", "like", "as", "into", "onto", "upon", "without",
    };

    private static readonly Dictionary<string, string> RoleSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Gov"] = "governor", ["Sen"] = "senator", ["Sens"] = "senator", ["Rep"] = "representative", ["Congressman"] = "congressman",
        ["Gen"] = "general", ["Lt"] = "lieutenant", ["Col"] = "colonel", ["Capt"] = "captain", ["Sgt"] = "sergeant", ["Prof"] = "professor",
        ["Dr"] = "doctor", ["Adm"] = "admiral",
    };

    private readonly record struct Span(int Open, int Close, bool Unclosed);

    /// <summary>A quotation's attribution: a person, an explicit speaker who is not a named person ("the White House said"), or none.</summary>
    private readonly record struct Attribution(string? Speaker, bool ExplicitOther)
    {
        public static Attribution None => new(null, false);
        public static Attribution Other => new(null, true);
    }

    /// <summary>Everything the attribution rules look at for one text.</summary>
    private sealed class Context
    {
        public required string Text { get; init; }
        public required List<WordToken> Tokens { get; init; }
        public required List<(Mention Mention, Person Person)> Mentions { get; init; }
        public required List<Span> Spans { get; init; }
        public required Dictionary<string, HashSet<string>> Roles { get; init; }
        public string? Author { get; init; }
        public string? LastSpeaker { get; set; }
        public int LastSpeakerAt { get; set; } = -1;

        public bool InsideQuote(int position)
        {
            foreach (var span in Spans)
            {
                if (span.Open > position) return false;
                if (position < span.Close) return true;
            }
            return false;
        }
    }

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
        return Attribute(text, spans, WordTokenizer.Tokenize(text), persons, author);
    }

    /// <summary>As <see cref="Extract(string, IReadOnlyList{Person}, string?)"/>, given the words of the text (the person recogniser's).</summary>
    internal IReadOnlyList<Quote> Extract(string text, List<WordToken> tokens, IReadOnlyList<Person> persons, string? author)
    {
        var spans = FindSpans(text);
        if (spans.Count == 0) return [];
        return Attribute(text, spans, tokens, persons, author);
    }

    private IReadOnlyList<Quote> Attribute(string text, List<Span> spans, List<WordToken> tokens, IReadOnlyList<Person> persons, string? author)
    {
        var mentions = new List<(Mention Mention, Person Person)>();
        foreach (var person in persons)
            foreach (var mention in person.Mentions)
                mentions.Add((mention, person));
        mentions.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        var context = new Context
        {
            Text = text, Tokens = tokens, Mentions = mentions, Spans = spans, Roles = CollectRoles(tokens, mentions), Author = author,
        };

        var quotes = new List<Quote>(spans.Count);
        var previousUnclosed = false;
        var previousClose = -1;
        string? previousSpeaker = null;
        var previousLong = false;
        var previousOpenAttribution = false;
        var previousTitle = false;
        var previousWindowClose = -1;
        foreach (var span in spans)
        {
            var innerStart = span.Open + 1;
            var innerEnd = span.Close;
            while (innerStart < innerEnd && char.IsWhiteSpace(text[innerStart])) innerStart++;
            while (innerEnd > innerStart && (char.IsWhiteSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ',')) innerEnd--;
            if (innerEnd <= innerStart) { previousClose = span.Close; continue; }
            var inner = text[innerStart..innerEnd];
            var isShort = CountWords(inner) <= 2;

            var titleOrTerm = IsTitleOrTerm(context, span, inner);
            // told CNN’s “State of the Union” that the shutdown was “unnecessary”: a title in between does not end the
            // sentence the attribution is looked for in
            var attribution = titleOrTerm ? Attribution.Other : Attribute(context, span, previousTitle ? previousWindowClose : previousClose, isShort);
            var speaker = attribution.Speaker;
            // “gaps” and “failures”: a quotation in the same sentence as the previous one, with no attribution of its own
            if (speaker is null && !attribution.ExplicitOther && previousSpeaker is not null && previousClose >= 0
                && SameSentence(text, previousClose, span.Open))
                speaker = previousSpeaker;
            if (speaker is null && !attribution.ExplicitOther && !isShort && previousSpeaker is not null && previousLong
                && (previousUnclosed || ContinuesPrevious(context, previousClose, span.Open, previousSpeaker)))
                speaker = previousSpeaker;
            if (speaker is not null && !isShort)
            {
                context.LastSpeaker = speaker;
                context.LastSpeakerAt = span.Open;
            }
            // “boots on the ground” and “…,” Mr. Corker said: an earlier quotation of the same sentence shares the attribution
            if (speaker is not null && !isShort && quotes.Count > 0 && quotes[^1].Speaker is null && previousOpenAttribution
                && SameSentence(text, previousClose, span.Open) && CountWords(quotes[^1].Text) > 2)
                quotes[^1] = quotes[^1] with { Speaker = speaker };
            previousOpenAttribution = !attribution.ExplicitOther && attribution.Speaker is null;
            quotes.Add(new Quote(inner, speaker, innerStart, innerEnd));
            previousUnclosed = span.Unclosed;
            if (!titleOrTerm) previousWindowClose = span.Close;
            previousTitle = titleOrTerm;
            previousClose = span.Close;
            previousSpeaker = speaker;
            previousLong = !isShort;
        }
        return quotes;
    }

    private static readonly HashSet<string> TermMarkers = new(StringComparer.Ordinal)
    {
        "called", "dubbed", "termed", "so-called", "between", "labeled", "labelled", "nicknamed", "titled", "entitled",
    };

    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "for", "and", "to", "at", "by", "with", "or", "from",
    };

    private static readonly HashSet<string> ModifierFollowers = new(StringComparer.Ordinal)
    {
        "and", "or", "to", "that", "for", "in", "of", "on", "at", "with", "as", "but", "because", "from", "by", "is", "was", "are",
        "were", "which", "who", "than", "if", "when", "while", "after", "before", "he", "she", "they", "it", "the", "a", "an",
    };

    /// <summary>
    /// Quotation marks around a name or term rather than speech: a title ("Face the Nation", "State of the Union"), a term
    /// ("known as “decision making”"), or a quoted modifier ("his 'silence' gesture").
    /// </summary>
    private static bool IsTitleOrTerm(Context context, Span span, string inner)
    {
        var wordCount = CountSpaceSeparated(inner);
        if (wordCount is >= 2 and <= 6 && inner.IndexOfAny(['.', '!', '?']) < 0)
        {
            var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var content = words.Select(w => w.Trim(',', ';', ':', '’', '\'', '"')).Where(w => w.Length > 0 && !TitleFunctionWords.Contains(w)).ToList();
            if (content.Count > 0 && content.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0])) && content.Any(w => w.Length >= 4)) return true;
        }
        var tokens = context.Tokens;
        var before = LowerBound(tokens, span.Open) - 1;
        if (before >= 0 && tokens[before].IsCapitalized && char.IsUpper(inner[0]) && wordCount <= 4
            && context.Text.AsSpan(tokens[before].End, span.Open - tokens[before].End).Trim() is "’s" or "'s" or "’" or "'")
            return true;
        if (wordCount > 2) return false;
        if (before >= 0)
        {
            var word = tokens[before].Text;
            if (TermMarkers.Contains(word) || (word == "as" && before > 0 && tokens[before - 1].Text == "known")
                || (word is "term" or "phrase" or "word" or "label" && before > 0 && tokens[before - 1].Text == "the"))
                return true;
        }
        var after = LowerBound(tokens, span.Close);
        if (before >= 0 && after < tokens.Count && tokens[before].Text is "his" or "her" or "their" or "its" or "the" or "a" or "an"
            && context.Text.AsSpan(span.Close + 1, Math.Max(0, tokens[after].Start - span.Close - 1)).Trim().Length == 0
            && char.IsLower(tokens[after].Text[0]) && !ModifierFollowers.Contains(tokens[after].Text))
            return true;
        return false;
    }

    /// <summary>How many words <c>Split(' ', RemoveEmptyEntries)</c> would give, without making them.</summary>
    private static int CountSpaceSeparated(string text)
    {
        var count = 0;
        for (var k = 0; k < text.Length; k++)
            if (text[k] != ' ' && (k == 0 || text[k - 1] == ' ')) count++;
        return count;
    }

    private static bool SameSentence(string text, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            var c = text[k];
            if (c == '\n') return false;
            if (c is '.' or '!' or '?' && IsSentenceEnd(text, k)) return false;
        }
        return true;
    }

    /// <summary>
    /// A quotation right after another one — in the same paragraph, or opening the next paragraph — with no other person
    /// becoming a sentence subject in between, is the same speaker talking on.
    /// </summary>
    private static bool ContinuesPrevious(Context context, int previousClose, int open, string previousSpeaker)
    {
        if (previousClose < 0 || open - previousClose > 300) return false;
        var text = context.Text;
        var breaks = 0;
        for (var k = previousClose; k < open; k++)
            if (text[k] == '\n' && IsParagraphBreak(text, k)) breaks++;
        if (breaks > 0 && !IsLineStart(text, open)) return false;
        if (breaks > 0 && text.AsSpan(previousClose + 1, open - previousClose - 1).IndexOfAny('“', '"') >= 0) return false;
        foreach (var (mention, person) in context.Mentions)
            if (mention.Start >= previousClose && mention.Start < open && person.Name != previousSpeaker && IsSentenceSubject(context, mention))
                return false;
        return true;
    }

    /// <summary>The role and title words written before each person's mentions ("Ohio Gov. John Kasich" → governor).</summary>
    private Dictionary<string, HashSet<string>> CollectRoles(List<WordToken> tokens, List<(Mention Mention, Person Person)> mentions)
    {
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (mention, person) in mentions)
        {
            var k = LowerBound(tokens, mention.Start) - 1;
            for (var steps = 0; k >= 0 && steps < 4; k--, steps++)
            {
                var word = tokens[k].Text;
                if (_lexicon.Roles.Contains(word) || _lexicon.Titles.Contains(word) || _lexicon.Honorifics.Contains(word))
                {
                    if (!roles.TryGetValue(person.Name, out var set)) roles[person.Name] = set = new(StringComparer.Ordinal);
                    set.Add(NormalizeRole(word));
                    continue;
                }
                if (!tokens[k].IsCapitalized) break;
            }
        }
        return roles;
    }

    private static string NormalizeRole(string word) =>
        RoleSpellings.TryGetValue(word.TrimEnd('.'), out var spelled) ? spelled : word.ToLowerInvariant();

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

    /// <summary>
    /// A line break that ends a paragraph, as opposed to the hard wrap of wire copy ("… of Glass-Steagall,"\nAlfred Brittain said").
    /// </summary>
    private static bool IsParagraphBreak(string text, int newline)
    {
        if (newline + 1 >= text.Length) return true;
        var next = text[newline + 1];
        if (next is '\n' or ' ' or '\t') return true;
        if (char.IsLower(next) || char.IsDigit(next)) return false;
        var k = newline - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        if (k < 0) return true;
        var last = text[k];
        if (char.IsLetterOrDigit(last) || last == ',') return newline - LineStartOf(text, newline) < 50;
        if (last is '"' or '”' && k > 0 && text[k - 1] == ',') return false;
        return true;
    }

    private static int LineStartOf(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1));
        return start < 0 ? 0 : start + 1;
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
            // a curly opening closed by a straight mark (mixed typography)
            if (openMark == '“' && c == '"' && IsClosingStraight(text, k)) return k;
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

    private Attribution Attribute(Context context, Span span, int previousClose, bool isShort)
    {
        var text = context.Text;
        var tokens = context.Tokens;

        // after the quote: ,” Rubio said. | ,” said Rubio | ?” journalist Anne Applebaum asked | ,” he said
        var afterEnd = AfterWindowEnd(text, span.Close + 1);
        var first = LowerBound(tokens, span.Close + 1);
        // ,” Smith, whose home state of New Jersey accepted the expansion, told the paper: the verb may follow an apposition
        var limit = isShort ? 3 : 16;
        var afterText = text.AsSpan(span.Close + 1, Math.Max(0, Math.Min(afterEnd, text.Length) - span.Close - 1)).TrimStart();
        var closeInner = span.Close > 0 ? text[span.Close - 1] : ' ';
        var attachedAfter = closeInner is ',' or '?' or '!' or '—' or '–'
            || (closeInner is not '.' && afterText.Length > 0 && (afterText[0] is ',' or '—' or '–' || char.IsLetter(afterText[0])));
        if (closeInner == '.' && afterText.Length > 0 && char.IsLower(afterText[0])) attachedAfter = true;
        if (attachedAfter)
        {
            for (var k = first; k < tokens.Count && k < first + limit && tokens[k].Start < afterEnd; k++)
            {
                // ,” Portman in a statement.
                if (tokens[k].Text == "statement" && k >= 2 && tokens[k - 1].Text is "a" && tokens[k - 2].Text is "in")
                {
                    var stated = FirstMentionIn(context.Mentions, span.Close + 1, tokens[k].Start);
                    if (stated is not null) return new Attribution(stated, false);
                }
                // ”, according to Charlie Brooker
                if (tokens[k].Text == "according" && k + 1 < tokens.Count && tokens[k + 1].Text == "to")
                {
                    var named = FirstMentionIn(context.Mentions, tokens[k + 1].End, afterEnd);
                    return named is null ? Attribution.Other : new Attribution(named, false);
                }
                if (!_lexicon.SpeechVerbs.Contains(tokens[k].Text)) continue;
                var speaker = SubjectBefore(context, k, span.Close + 1) ?? ObjectAfter(context, k, afterEnd);
                return speaker is null ? Attribution.Other : new Attribution(speaker, false);
            }
        }

        // before the quote, in the same sentence: X said: “ | X told reporters that “ | according to X, “ | X: “
        var colon = PreviousNonSpace(text, span.Open);
        var windowEnd = span.Open;
        if (colon >= 0 && text[colon] == ':')
        {
            var named = MentionEndingAt(context.Mentions, colon, text) ?? MentionInHeaderLine(context, colon);
            if (named is not null) return new Attribution(named, false);
            windowEnd = colon; // "he concludes:" may end the line before the quotation
        }
        var sentenceStart = SentenceStartBefore(text, windowEnd, previousClose);
        var lastToken = LowerBound(tokens, windowEnd) - 1;
        var maxDistance = isShort ? 10 : int.MaxValue;
        for (var k = lastToken; k >= 0 && tokens[k].Start >= sentenceStart && lastToken - k < maxDistance; k--)
        {
            var word = tokens[k].Text;
            if (word is "according" or "According" && k + 1 < tokens.Count && tokens[k + 1].Text == "to")
            {
                var named = FirstMentionIn(context.Mentions, tokens[k + 1].End, span.Open);
                return named is null ? Attribution.Other : new Attribution(named, false);
            }
            if (!_lexicon.SpeechVerbs.Contains(word)) continue;
            var speaker = SubjectBefore(context, k, SentenceStartBefore(text, tokens[k].Start, -1)) ?? ObjectAfter(context, k, windowEnd);
            return speaker is null ? Attribution.Other : new Attribution(speaker, false);
        }
        return Attribution.None;
    }

    /// <summary>The person, pronoun or "the senator" that is the subject of the speech verb at token <paramref name="verb"/>.</summary>
    private string? SubjectBefore(Context context, int verb, int windowStart)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var verbStart = tokens[verb].Start;
        var k = verb - 1;
        while (k >= 0 && tokens[k].Start >= windowStart && (tokens[k].Text is "has" or "had" or "have" or "also" or "then" or "later" or "again" || tokens[k].Text.EndsWith("ly", StringComparison.Ordinal)))
            k--;
        if (k >= 0 && tokens[k].Start >= windowStart)
        {
            var word = tokens[k].Text;
            if (word is "he" or "she" or "He" or "She") return ResolvePronoun(context, tokens[k].Start);
            if (_lexicon.Roles.Contains(word) || _lexicon.Titles.Contains(word))
            {
                // "the president said", "the Ohio governor said"
                var d = k - 1;
                while (d >= 0 && d >= k - 3 && tokens[d].IsCapitalized && tokens[d].Text is not "The") d--;
                if (d >= 0 && tokens[d].Text is "the" or "The") return ResolveRole(context, NormalizeRole(word), tokens[k].Start);
            }
        }

        // "Trump has blessed a plan, saying …", "…, later adding": a participle clause speaks for the sentence's subject
        var clauseStart = k + 1 < tokens.Count && k + 1 <= verb ? tokens[k + 1].Start : verbStart;
        if (tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal) && PreviousNonSpace(text, clauseStart) is var comma and >= 0 && text[comma] == ',')
        {
            var sentenceStart = MainClauseStart(context, SentenceStartBefore(text, verbStart, -1), verbStart);
            foreach (var (mention, person) in context.Mentions)
            {
                if (mention.Start < sentenceStart || context.InsideQuote(mention.Start) || IsPrepositionObject(context, mention.Start)) continue;
                if (mention.Start >= verbStart) break;
                return person.Name;
            }
            var firstToken = LowerBound(tokens, sentenceStart);
            if (firstToken < tokens.Count && tokens[firstToken].Text is "He" or "She" or "he" or "she")
                return ResolvePronoun(context, tokens[firstToken].Start);
            return null;
        }

        var nearest = true;
        for (var m = context.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = context.Mentions[m].Mention;
            if (mention.End > verbStart) continue;
            if (mention.Start < windowStart) break;
            if (context.InsideQuote(mention.Start)) continue;
            if (HasClauseBreak(text, mention.End, verbStart)) break;
            var gap = WithoutParentheses(text.AsSpan(mention.End, verbStart - mention.End));
            var commas = gap.Count(',');
            var between = TokensBetween(tokens, mention.End, verbStart);
            if (IsPrepositionObject(context, mention.Start))
            {
                nearest = false;
                continue;
            }
            if (commas == 0 && between <= (nearest ? 8 : 20)) return context.Mentions[m].Person.Name;
            if (commas == 2 && gap.TrimStart().StartsWith(",") && between <= 14) return context.Mentions[m].Person.Name;
            // "Neera Tanden, President of both CAPAF and CAP said": an apposition naming a role, its closing comma missing
            if (commas == 1 && gap.TrimStart().StartsWith(",") && between <= 8 && NamesRole(gap)) return context.Mentions[m].Person.Name;
            // "a spokesperson for the State Department, Tommy Pigott, called …": the name is itself the apposition
            if (between == 0 && gap.Trim() == "," && PreviousNonSpace(text, mention.Start) is var before and >= 0 && text[before] == ',')
                return context.Mentions[m].Person.Name;
            if (commas > 2) break;
            nearest = false;
        }

        // "The president on Saturday had condemned …", "He, in return, has derided …": the sentence opens with its speaker
        var start = SentenceStartBefore(text, verbStart, -1);
        var opening = LowerBound(tokens, start);
        if (opening < verb && tokens[opening].Text is "He" or "She") return ResolvePronoun(context, tokens[opening].Start);
        if (opening + 1 < verb && tokens[opening].Text == "The" && (_lexicon.Roles.Contains(tokens[opening + 1].Text) || _lexicon.Titles.Contains(tokens[opening + 1].Text)))
            return ResolveRole(context, NormalizeRole(tokens[opening + 1].Text), tokens[opening].Start);
        return null;
    }

    private bool NamesRole(string gap)
    {
        foreach (var word in gap.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries))
            if (_lexicon.Roles.Contains(word) || _lexicon.Titles.Contains(word)) return true;
        return false;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "when", "while", "although", "though", "because", "if", "after", "before", "since", "once", "unless", "until", "whereas",
    };

    /// <summary>Skips leading subordinate clauses ("But as X noted …, once it became known …, Rubio tried …") to the main clause.</summary>
    private static int MainClauseStart(Context context, int sentenceStart, int limit)
    {
        var tokens = context.Tokens;
        var start = sentenceStart;
        for (var guard = 0; guard < 4; guard++)
        {
            var k = LowerBound(tokens, start);
            if (k < tokens.Count && tokens[k].Text is "But" or "And" or "Yet" or "So" or "Even" or "but" or "and" or "even") k++;
            if (k >= tokens.Count || tokens[k].Start >= limit || !Subordinators.Contains(tokens[k].Text)) return start;
            var comma = context.Text.IndexOf(',', tokens[k].End, limit - tokens[k].End);
            if (comma < 0) return start;
            start = comma + 1;
        }
        return start;
    }

    private static string WithoutParentheses(ReadOnlySpan<char> gap)
    {
        var builder = new System.Text.StringBuilder(gap.Length);
        var depth = 0;
        foreach (var c in gap)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>"… of Mr. Trump": a mention governed by a preposition is not a verb's subject.</summary>
    private bool IsPrepositionObject(Context context, int mentionStart)
    {
        var k = LowerBound(context.Tokens, mentionStart) - 1;
        while (k >= 0 && (_lexicon.Titles.Contains(context.Tokens[k].Text) || _lexicon.Honorifics.Contains(context.Tokens[k].Text)
                          || _lexicon.Roles.Contains(context.Tokens[k].Text))) k--;
        // the preposition must govern it: "… looks like,” Putin said" closes the quotation between them
        return k >= 0 && Prepositions.Contains(context.Tokens[k].Text) && mentionStart - context.Tokens[k].End < 40
               && k + 1 < context.Tokens.Count && context.Tokens[k + 1].JoinedToPrevious;
    }

    /// <summary>
    /// "he said": a person who became a sentence subject since the last attributed quotation, else the last speaker,
    /// else the latest person named; with nobody named at all, the article's author.
    /// </summary>
    private static string? ResolvePronoun(Context context, int position)
    {
        var mentions = context.Mentions;
        // "reported Alexis … after he told cops": a person earlier in the same sentence, unless that person is speaking
        // too ("When Jim Acosta asked …, he responded")
        var ownSentence = SentenceStartBefore(context.Text, position, -1);
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m].Mention;
            if (mention.Start >= position || context.InsideQuote(mention.Start)) continue;
            if (mention.Start < ownSentence) break;
            if (FollowedBySpeechVerb(context, mention)) break;
            return mentions[m].Person.Name;
        }
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m].Mention;
            if (mention.Start >= ownSentence || context.InsideQuote(mention.Start)) continue;
            if (mention.Start <= context.LastSpeakerAt) break;
            if (IsSentenceSubject(context, mention)) return mentions[m].Person.Name;
        }
        if (context.LastSpeaker is not null) return context.LastSpeaker;
        string? latest = null;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m].Mention;
            if (mention.Start >= position || context.InsideQuote(mention.Start)) continue;
            if (IsSentenceSubject(context, mention)) return mentions[m].Person.Name;
            latest ??= mentions[m].Person.Name;
        }
        return latest ?? context.Author;
    }

    /// <summary>"the senator said": the latest person before <paramref name="position"/> introduced with that role.</summary>
    private static string? ResolveRole(Context context, string role, int position)
    {
        var mentions = context.Mentions;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var (mention, person) = mentions[m];
            if (mention.Start >= position) continue;
            if (context.Roles.TryGetValue(person.Name, out var roles) && roles.Contains(role)) return person.Name;
        }
        return null;
    }

    /// <summary>The first person of its sentence, among its first words: the sentence is about that person.</summary>
    private static bool IsSentenceSubject(Context context, Mention mention)
    {
        var sentenceStart = SentenceStartBefore(context.Text, mention.Start, -1);
        foreach (var (other, _) in context.Mentions)
        {
            if (other.Start >= mention.Start) break;
            if (other.Start >= sentenceStart && !context.InsideQuote(other.Start)) return false;
        }
        return TokensBetween(context.Tokens, sentenceStart, mention.Start) <= 3;
    }

    private static bool FollowedBySpeechVerb(Context context, Mention mention)
    {
        var k = LowerBound(context.Tokens, mention.End);
        for (var steps = 0; k < context.Tokens.Count && steps < 3; k++, steps++)
        {
            var word = context.Tokens[k].Text;
            if (NameLexicon.Default.SpeechVerbs.Contains(word)) return true;
            if (word is not ("has" or "had" or "also" or "then" or "later") && !word.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>"said Rubio", "said chief executive officer John Woodward": a mention right after the verb.</summary>
    private string? ObjectAfter(Context context, int verb, int windowEnd)
    {
        var tokens = context.Tokens;
        var from = tokens[verb].End;
        foreach (var (mention, person) in context.Mentions)
        {
            if (mention.Start < from) continue;
            if (mention.Start >= windowEnd) break;
            var k = verb + 1;
            var count = 0;
            for (; k < tokens.Count && tokens[k].Start < mention.Start; k++, count++)
            {
                var word = tokens[k].Text;
                // "was described by Jobs as …": the agent of a passive speech verb
                var agent = k == verb + 1 && word == "by" && tokens[verb].Text.EndsWith("ed", StringComparison.Ordinal);
                // "said Gulf and Western chairman Martin Davis": a connective inside the name of the speaker's organisation
                var connective = word is "and" or "of" or "&" && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && k > verb + 1 && tokens[k - 1].IsCapitalized;
                var allowed = agent || connective || _lexicon.Roles.Contains(word) || _lexicon.Titles.Contains(word) || _lexicon.Honorifics.Contains(word)
                    || word is "the" or "a" or "an" || tokens[k].IsCapitalized || tokens[k].Possessive;
                if (!allowed || count >= 5) return null;
            }
            return person.Name;
        }
        if (verb + 1 < tokens.Count && tokens[verb + 1].Text is "he" or "she" && tokens[verb + 1].Start < windowEnd)
            return ResolvePronoun(context, tokens[verb + 1].Start);
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
            else if (depth == 0 && (c is ';' or '“' or '”' or '"' || (c == '.' && IsSentenceEnd(text, k)))) return true;
        }
        return false;
    }

    /// <summary>A period, question or exclamation mark that ends a sentence (not "Mr." or "J.").</summary>
    private static bool IsSentenceEnd(string text, int k)
    {
        if (k + 1 < text.Length && !char.IsWhiteSpace(text[k + 1]) && text[k + 1] is not ('"' or '”' or '’' or '\'')) return false;
        if (text[k] != '.') return true;
        var wordStart = k - 1;
        while (wordStart >= 0 && char.IsLetter(text[wordStart])) wordStart--;
        var length = k - wordStart - 1;
        if (length <= 1) return false;
        return !WordTokenizer.IsAbbreviation(text.Substring(wordStart + 1, length));
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
            var depth = 0;
            while (end < position)
            {
                var c = text[end];
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                else if (depth == 0 && c != ' ') break;
                end++;
            }
            if (end == position) return person.Name;
        }
        return null;
    }

    /// <summary>"• George D. O’Neill Jr. in The American Conservative:" — a short line naming one person and ending in a colon, above the quotation.</summary>
    private string? MentionInHeaderLine(Context context, int colon)
    {
        var text = context.Text;
        if (colon + 1 < text.Length && text.IndexOf('\n', colon) is var lineEnd && lineEnd >= 0
            && text.AsSpan(colon + 1, lineEnd - colon - 1).Trim().Length > 0) return null;
        var lineStart = LineStartOf(text, colon);
        if (colon - lineStart > 120) return null;
        for (var k = LowerBound(context.Tokens, lineStart); k < context.Tokens.Count && context.Tokens[k].Start < colon; k++)
            if (_lexicon.SpeechVerbs.Contains(context.Tokens[k].Text)) return null;
        string? found = null;
        foreach (var (mention, person) in context.Mentions)
        {
            if (mention.Start < lineStart) continue;
            if (mention.Start >= colon) break;
            if (found is not null && found != person.Name) return null;
            found = person.Name;
        }
        return found;
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
            if (c == '“' || (c == '\n' && IsParagraphBreak(text, k))) return k;
            if (c is '.' or '!' or '?' && k > from + 1 && IsSentenceEnd(text, k)) return k;
        }
        return limit;
    }

    /// <summary>Where the sentence holding <paramref name="index"/> begins: after a sentence end, a paragraph break, or the previous quotation.</summary>
    private static int SentenceStartBefore(string text, int index, int previousClose)
    {
        var floor = Math.Max(0, Math.Max(previousClose + 1, index - 600));
        for (var k = index - 1; k >= floor; k--)
        {
            var c = text[k];
            if (c == '\n' && IsParagraphBreak(text, k)) return k + 1;
            if (c is '.' or '!' or '?' && IsSentenceEnd(text, k)) return k + 1;
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

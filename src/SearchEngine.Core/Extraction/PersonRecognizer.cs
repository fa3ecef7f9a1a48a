namespace SearchEngine.Core.Extraction;

/// <summary>
/// Finds the persons an article names, with every mention, using rules instead of a trained model: runs of capitalised
/// words are split into name candidates and kept when a cue vouches for them (a known given name, a title or honorific,
/// a job noun before the name, a speech verb, an apposition), or when they repeat a name already vouched for.
/// Places, organisations, months and headings come from data tables; sentence-initial and heading capitals count for nothing.
/// Stateless and thread-safe.
/// </summary>
public sealed class PersonRecognizer
{
    private readonly NameLexicon _lexicon = NameLexicon.Default;

    private enum Evidence { None, Weak, Strong }

    private sealed class Candidate(int first, int last)
    {
        public int First { get; } = first;
        public int Last { get; set; } = last;
        public Evidence Evidence { get; set; }
        public bool OrgModifier { get; set; }
    }

    private static readonly HashSet<string> CompanyCues = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC", "AG", "SA", "NV", "shares", "stock", "common", "brands", "brand", "report",
        "subsidiary", "unit", "products", "earnings", "shareholders", "profits", "revenue", "revenues", "stake",
    };

    private static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
    {
        "firm", "company", "giant", "maker", "regulator", "retailer", "carrier", "operator", "manufacturer", "publisher",
        "broadcaster", "brand", "label", "studio", "website", "chain", "airline", "insurer", "lender", "watchdog", "conglomerate",
        "group", "bank", "agency", "developer", "brewer", "supplier", "startup", "exchange",
    };

    /// <summary>Honorifics only a person's surname follows (unlike Sir, Lord or Sheikh, which also take given names).</summary>
    private static readonly HashSet<string> PersonalHonorifics = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Mme", "Mlle" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "was", "is", "also", "then", "later", "previously", "once", "again", "recently", "repeatedly",
        "publicly", "privately", "reportedly", "would", "will", "did", "had", "earlier", "first", "quickly", "simply", "abruptly",
    };

    /// <summary>The persons named in <paramref name="text"/>, one per identity, mentions in text order.</summary>
    public IReadOnlyList<Person> Recognize(string text) => Recognize(text, WordTokenizer.Tokenize(text));

    /// <summary>The persons named in <paramref name="text"/>, given its words (the quote extractor reads the same words).</summary>
    internal IReadOnlyList<Person> Recognize(string text, List<WordToken> tokens)
    {
        if (tokens.Count == 0) return [];
        var context = new DocumentContext(text, tokens);
        var candidates = FindCandidates(context);
        if (context.LearnSurnames(candidates.Where(c => c.Evidence > Evidence.None && c.Last > c.First).Select(c => c.Last)))
            candidates = FindCandidates(context); // the words just learned are names now wherever they stand
        return PersonMerger.Merge(text, tokens, candidates.Select(c => (c.First, c.Last, (int)c.Evidence, c.OrgModifier)).ToList(),
            context.OrgWords);
    }

    /// <summary>Per-article facts: lower-case usage of words, heading lines, words seen inside organisation names.</summary>
    private sealed class DocumentContext
    {
        /// <summary>
        /// The lower-case word set and the per-word class arrays are reused by the next article on the same thread (they
        /// never leave <see cref="Recognize(string, List{WordToken})"/>), so an article does not pay for growing them again.
        /// </summary>
        [ThreadStatic] private static HashSet<string>? t_lowerWords;
        [ThreadStatic] private static Kind?[]? t_kinds;
        [ThreadStatic] private static string?[]? t_categories;

        /// <summary>A set grown this large by one long article is dropped rather than kept and cleared for every later one.</summary>
        private const int MaxReusedWords = 8192;

        public DocumentContext(string text, List<WordToken> tokens)
        {
            Text = text;
            Tokens = tokens;
            if (t_lowerWords is null || t_lowerWords.Count > MaxReusedWords) t_lowerWords = new(StringComparer.Ordinal);
            else t_lowerWords.Clear();
            LowerWords = t_lowerWords;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Text.Length > 2 && char.IsLower(t.Text[0])) LowerWords.Add(t.Text);
                // "Keycorp shares", "Inbev brands", "the Datamonitor report": the word names a company here
                if (t.IsCapitalized && i + 1 < tokens.Count && (tokens[i + 1].JoinedToPrevious || t.Possessive) && CompanyCues.Contains(tokens[i + 1].Text))
                {
                    OrgWords.Add(t.Text);
                    CorporateText = true;
                }
                // "security firm Sophos", "electronics giant Sony": the word after a company noun names a company
                if (t.IsCapitalized && i > 0 && t.JoinedToPrevious && CompanyNouns.Contains(tokens[i - 1].Text))
                {
                    OrgWords.Add(t.Text);
                    CorporateText = true;
                }
                if (t.Text is "he" or "she" or "He" or "She" or "his" or "her" or "His" or "Her" or "him") Pronouns.Add(t.Start);
                // "Mr Jobs", "Mrs May": the word after a personal honorific is a surname here, even an ordinary word
                if (i > 0 && t.IsCapitalized && t.JoinedToPrevious && PersonalHonorifics.Contains(tokens[i - 1].Text.TrimEnd('.')))
                    KnownSurnames.Add(t.Text);
            }
            HeadingLines = FindHeadingLines(text);
            NameLists = NameListLines.Find(text, NameLexicon.Default);
            CreditLines = Extraction.CreditLines.Find(text);
            if (t_kinds is null || t_kinds.Length < tokens.Count)
            {
                t_kinds = new Kind?[Math.Max(tokens.Count, 1024)];
                t_categories = new string?[t_kinds.Length];
            }
            else
            {
                Array.Clear(t_kinds, 0, tokens.Count);
                Array.Clear(t_categories!, 0, tokens.Count);
            }
            Kinds = t_kinds;
            Categories = t_categories!;
        }

        /// <summary>Adds the ordinary words that close vouched names; true when any is new (the word classes are then reset).</summary>
        public bool LearnSurnames(IEnumerable<int> lastWords)
        {
            var learned = false;
            foreach (var index in lastWords)
                if (Kinds[index] is Kind.Common && Tokens[index].IsCapitalized && KnownSurnames.Add(Tokens[index].Text)) learned = true;
            if (learned) Array.Clear(Kinds, 0, Tokens.Count);
            return learned;
        }

        public Kind?[] Kinds { get; }
        public string?[] Categories { get; }

        public string Text { get; }
        public List<WordToken> Tokens { get; }
        public HashSet<string> LowerWords { get; }

        /// <summary>True when the text also writes <paramref name="word"/> in lower case (as a longer-than-two-letter word).</summary>
        public bool IsUsedLowerCase(string word)
        {
            // ASCII lower-casing is the invariant one for ASCII text, done on the stack
            if (word.Length <= 64 && System.Text.Ascii.IsValid(word))
            {
                Span<char> lower = stackalloc char[word.Length];
                System.Text.Ascii.ToLower(word, lower, out _);
                return LowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
            }
            return LowerWords.Contains(word.ToLowerInvariant());
        }
        public HashSet<int> HeadingLines { get; }

        /// <summary>Bylines and sign-offs: the names there are the article's authors, not persons it names.</summary>
        public HashSet<int> CreditLines { get; }

        /// <summary>Lines that list people (line-ups, squads, results): a name-shaped candidate there needs no other cue.</summary>
        public HashSet<int> NameLists { get; }
        public HashSet<string> OrgWords { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Ordinary words this text uses as surnames: after Mr, Mrs, Ms or Dr ("Mr Jobs"), or closing a full name a cue
        /// vouches for ("Joss Stone, a soul singer"). Wherever else they stand capitalised they are names.
        /// </summary>
        public HashSet<string> KnownSurnames { get; } = new(StringComparer.Ordinal);
        public List<int> Pronouns { get; } = [];

        /// <summary>The text names companies ("Keycorp shares"), so a lone capitalised subject of "said" may well be one.</summary>
        public bool CorporateText { get; private set; }

        private static HashSet<int> FindHeadingLines(string text) => TextLines.Where(text, IsHeading);

        /// <summary>A short line without a sentence end whose longer words are mostly capitalised, or an all-caps line.</summary>
        private static bool IsHeading(ReadOnlySpan<char> line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.Length > 160) return false;
            var words = 0;
            var longWords = 0;
            var capitalised = 0;
            var upper = 0;
            var letters = 0;
            foreach (var range in line.Split(' '))
            {
                var word = line[range].Trim("“”\"‘’'():,");
                if (word.Length == 0) continue;
                words++;
                foreach (var c in word)
                {
                    if (!char.IsLetter(c)) continue;
                    letters++;
                    if (char.IsUpper(c)) upper++;
                }
                if (word.Length < 4) continue;
                longWords++;
                if (char.IsUpper(word[0])) capitalised++;
            }
            if (letters > 8 && upper * 10 >= letters * 9) return true;
            if (words > 16 || longWords == 0) return false;
            var last = line[^1];
            if (last is '.' && words > 6) return false;
            return capitalised * 10 >= longWords * 7 && longWords >= 2;
        }
    }

    internal enum Kind { Title, Stop, Common, FirstName, Name, Initial, Particle, Suffix, Acronym }

    private Kind Classify(DocumentContext doc, int index, out string? category)
    {
        // each word is classified once per article; the rules ask about the same word several times
        if (doc.Kinds[index] is { } cached)
        {
            category = doc.Categories[index];
            return cached;
        }
        var kind = ClassifyUncached(doc, index, out category);
        doc.Kinds[index] = kind;
        doc.Categories[index] = category;
        return kind;
    }

    private Kind ClassifyUncached(DocumentContext doc, int index, out string? category)
    {
        var token = doc.Tokens[index];
        var word = token.Text;
        category = null;
        if (token.IsInitial)
        {
            // "U.S.", "U.N." are places and organisations, not a person's initials
            category = _lexicon.Category(word);
            return category is null ? Kind.Initial : Kind.Stop;
        }
        // contractions ("I’ve", "We’re") and plural acronyms ("MPs") are not names
        if (word.Contains('’') || word.Contains('\''))
        {
            var apostrophe = word.IndexOfAny(['’', '\'']);
            if (word.Length - apostrophe <= 3 && word[(apostrophe + 1)..] is "ve" or "ll" or "re" or "d" or "m" or "t" or "s") return Kind.Common;
        }
        if (word.Length >= 3 && word[^1] == 's' && IsAllUpper(word.AsSpan(0, word.Length - 1))) return Kind.Acronym;
        // "KP Robertson", "CA del Fava" in a line-up: two initials written together
        if (word.Length <= 2 && IsAllUpper(word) && doc.NameLists.Contains(token.Line) && index + 1 < doc.Tokens.Count
            && doc.Tokens[index + 1].JoinedToPrevious && char.IsLetter(doc.Tokens[index + 1].Text[0])) return Kind.Initial;
        if (NameLexicon.Particles.Contains(word)) return Kind.Particle;
        if (NameLexicon.Suffixes.Contains(word.TrimEnd('.'))) return Kind.Suffix;
        if (_lexicon.Honorifics.Contains(word) || _lexicon.Titles.Contains(word)) return Kind.Title;
        if (index + 1 < doc.Tokens.Count && doc.Tokens[index + 1].JoinedToPrevious
            && _lexicon.IsNotPersonPhrase(word, doc.Tokens[index + 1].Text))
        {
            category = "phrase";
            return Kind.Stop;
        }
        if (index > 0 && token.JoinedToPrevious && _lexicon.IsNotPersonPhrase(doc.Tokens[index - 1].Text, word))
        {
            category = "phrase";
            return Kind.Stop;
        }
        category = _lexicon.Category(word);
        if (category is null && word.EndsWith('s') && word.Length > 4) category = _lexicon.Category(word.AsSpan(0, word.Length - 1)) is "nationality" ? "nationality" : null;
        if (_lexicon.FirstNames.Contains(word)) return Kind.FirstName;
        if (doc.KnownSurnames.Contains(word) && category is null or "place" or "nationality" && !token.IsAllCaps) return Kind.Name;
        if (category is not null) return Kind.Stop;
        if (token.IsAllCaps) return Kind.Acronym;
        if (_lexicon.IsCommon(word) || doc.IsUsedLowerCase(word)) return Kind.Common;
        return Kind.Name;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsCapitalizedWord(WordToken token)
    {
        if (token.IsCapitalized) return true;
        var word = token.Text;
        // al-Assad, el-Sisi, bin Salman: lower-case prefix joined to a capitalised name
        var dash = word.IndexOf('-');
        return dash is > 0 and < 4 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]);
    }

    private List<Candidate> FindCandidates(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        var result = new List<Candidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalizedWord(tokens[i]) || doc.CreditLines.Contains(tokens[i].Line)) { i++; continue; }
            var runStart = i;
            var j = i + 1;
            while (j < tokens.Count && tokens[j].JoinedToPrevious && !tokens[j - 1].Possessive)
            {
                if (IsCapitalizedWord(tokens[j])) { j++; continue; }
                if (NameLexicon.Particles.Contains(tokens[j].Text))
                {
                    // "de la Serna": one or more particles, then a capitalised word
                    var q = j;
                    while (q < tokens.Count && tokens[q].JoinedToPrevious && NameLexicon.Particles.Contains(tokens[q].Text)) q++;
                    if (q < tokens.Count && q - j <= 2 && tokens[q].JoinedToPrevious && IsCapitalizedWord(tokens[q])) { j = q + 1; continue; }
                }
                break;
            }
            ParseRun(doc, runStart, j, result);
            i = j;
        }
        return result;
    }

    /// <summary>Splits one run of capitalised words [from, to) into name candidates and grades each.</summary>
    private void ParseRun(DocumentContext doc, int from, int to, List<Candidate> result)
    {
        var tokens = doc.Tokens;
        var titleCue = HasRoleBefore(doc, from, to - from);
        var k = from;
        while (k < to)
        {
            var kind = Classify(doc, k, out var category);
            if (kind is Kind.Title)
            {
                // "King" after a given name is a surname (Angus King), otherwise a title introducing the next name;
                // alone, it may still repeat a surname named elsewhere ("Later, King said").
                if (to - from == 1) result.Add(new Candidate(k, k) { Evidence = Evidence.None });
                titleCue = true;
                k++;
                continue;
            }
            // "Rep. Dutch Ruppersberger": right after a title, a nationality word before a name is a given name
            if (titleCue && kind is Kind.Stop && category is "nationality" or "place" && k + 1 < to
                && Classify(doc, k + 1, out _) is Kind.Name or Kind.FirstName)
                kind = Kind.FirstName;
            // transcript labels ("TRUMP: Look, …", "HABERMAN: …") name the speaker in capitals
            if (kind is Kind.Acronym && to - from == 1 && IsSpeakerLabel(doc, k))
            {
                result.Add(new Candidate(k, k) { Evidence = LabelCount(doc, tokens[k].Text) >= 2 ? Evidence.Weak : Evidence.None });
                k++;
                continue;
            }
            if (kind is Kind.Stop or Kind.Common or Kind.Acronym or Kind.Particle or Kind.Suffix)
            {
                if (kind is Kind.Stop && category is "orgword" or "org" or "thing" or "placeword") titleCue = false;
                // a lone place or ordinary word may still repeat a surname named elsewhere ("Washington became…", "White said")
                if (to - from == 1 && kind is Kind.Common || (to - from == 1 && kind is Kind.Stop && category is "place" or "nationality"))
                    result.Add(new Candidate(k, k) { Evidence = Evidence.None });
                k++;
                continue;
            }

            // a name starts at k (FirstName, Name or Initial)
            var nameStart = k;
            var firstIsGiven = kind == Kind.FirstName && !(_lexicon.IsCommon(tokens[k].Text) && tokens[k].SentenceStart);
            var firstKind = kind;
            var last = k;
            k++;
            var orgModifier = false;
            while (k < to)
            {
                var next = Classify(doc, k, out var nextCategory);
                if (next is Kind.FirstName && last > nameStart && tokens[k].Text == tokens[nameStart].Text) break;
                // "Martin Luther King Jr.", "Theresa May": a surname that is also an ordinary word, a title or a month closes the name
                var endsName = k + 1 >= to || tokens[k].Possessive || Classify(doc, k + 1, out _) is Kind.Suffix;
                if (next is not (Kind.Name or Kind.FirstName or Kind.Initial or Kind.Suffix) && endsName && _lexicon.SurnameWords.Contains(tokens[k].Text)
                    && (firstIsGiven || titleCue) && !(next is Kind.Stop && nextCategory is "orgword" or "placeword" or "thing" or "heading"))
                {
                    last = k;
                    k++;
                    if (k < to && Classify(doc, k, out _) is Kind.Suffix) { last = k; k++; }
                    break;
                }
                if (next is Kind.Name or Kind.FirstName or Kind.Initial or Kind.Suffix) { last = k; k++; continue; }
                if (next is Kind.Particle && k + 1 < to) { k++; continue; }
                var isLastOfRun = k + 1 >= to || tokens[k].Possessive;
                // "Joss Stone, a soul singer", "Steve Stone said": an ordinary word closing a name a cue vouches for
                if (next is Kind.Common && isLastOfRun && !tokens[k].SentenceStart && !doc.HeadingLines.Contains(tokens[k].Line)
                    && (Apposition(doc, k) || FollowedBySpeech(doc, k)))
                {
                    last = k;
                    k++;
                    break;
                }
                if ((firstIsGiven || titleCue) && last == nameStart && isLastOfRun
                    && ((next is Kind.Title && tokens[k].Text is not ("Minister" or "Secretary" or "President"))
                        || (firstIsGiven && next is Kind.Stop && nextCategory is "place" or "nationality"))
                    && !(next is Kind.Stop && nextCategory is "orgword" or "placeword" or "thing" or "month" or "day" or "heading"))
                {
                    last = k;
                    k++;
                    break;
                }
                break;
            }
            for (var rest = last + 1; rest < to; rest++)
            {
                if (Classify(doc, rest, out var restCategory) is Kind.Stop && restCategory is "orgword" or "thing" or "placeword")
                {
                    orgModifier = true;
                    break;
                }
                if (tokens[rest].Possessive) break;
            }
            while (last > nameStart && Classify(doc, last, out _) is Kind.Initial) last--;
            // "Senators Lindsey Graham": an unknown word before a given name and surname is context, not part of the name
            if (firstKind is Kind.Name && last - nameStart >= 2)
            {
                for (var p = nameStart + 1; p < last; p++)
                {
                    if (Classify(doc, p, out _) is not Kind.FirstName) continue;
                    nameStart = p;
                    firstKind = Kind.FirstName;
                    firstIsGiven = !(_lexicon.IsCommon(tokens[p].Text) && tokens[p].SentenceStart);
                    break;
                }
            }

            if (!orgModifier && FirmSuffixFollows(doc, last)) orgModifier = true;
            var candidate = new Candidate(nameStart, last) { OrgModifier = orgModifier };
            candidate.Evidence = Grade(doc, candidate, firstIsGiven, firstKind, titleCue);
            if (orgModifier)
                for (var t = nameStart; t <= last; t++) doc.OrgWords.Add(tokens[t].Text);
            result.Add(candidate);
            titleCue = false;
        }
    }

    private Evidence Grade(DocumentContext doc, Candidate candidate, bool firstIsGiven, Kind firstKind, bool titleCue)
    {
        if (candidate.OrgModifier) return Evidence.None;
        var tokens = doc.Tokens;
        var count = candidate.Last - candidate.First + 1;
        var head = tokens[candidate.First];
        var inHeading = doc.HeadingLines.Contains(head.Line);
        if (count > 5) return Evidence.None;
        // "The Bulwark reported": persons do not take an article, outlets and organisations do.
        if (!firstIsGiven && candidate.First > 0 && head.JoinedToPrevious && tokens[candidate.First - 1].Text is "The" or "the" && !titleCue)
            return Evidence.None;
        // line-ups and lists: "B O'Driscoll (Ireland, capt), P de Villiers (France)"
        if (count is >= 2 and <= 3 && head.Text.Length == 1 && char.IsUpper(head.Text[0]) && FollowedByParenthesis(doc, candidate.Last))
            return Evidence.Strong;
        if (count is >= 2 and <= 4 && doc.NameLists.Contains(head.Line) && !InParentheses(doc.Text, head.Start)) return Evidence.Strong;
        if (firstKind is Kind.Initial && count == 1) return Evidence.None;
        if (IsPhotoCredit(doc.Text, head.Start, tokens[candidate.Last].End)) return Evidence.None;
        // "Virginia" alone is the state; as a given name it needs its surname
        if (count == 1 && !titleCue && _lexicon.Category(head.Text) is not null) return Evidence.None;

        if (count >= 2 && firstIsGiven)
        {
            // In a title-case heading a given name before an ordinary word is not a name (Bill Passes, Rose Garden).
            if (inHeading && Classify(doc, candidate.Last, out _) is Kind.Common) return Evidence.None;
            return Evidence.Strong;
        }
        if (titleCue) return Evidence.Strong;
        var cue = FollowedBySpeech(doc, candidate.Last) || PrecededBySaid(doc, candidate.First) || Apposition(doc, candidate.Last);
        if (count >= 2)
        {
            if (cue && !head.SentenceStart && !inHeading) return Evidence.Strong;
            if (cue) return Evidence.Weak;
            return Evidence.None;
        }
        // in a text about companies, a lone word said to speak is a person only if a personal pronoun follows (companies are "it")
        if (cue && !inHeading && (!doc.CorporateText || PronounFollows(doc, head.Start))) return Evidence.Weak;
        return Evidence.None;
    }

    private static readonly string[] FirmSuffixes = [" Inc", " Corp", " Co ", " Co.", " Co,", " Ltd", " LLC", " Plc", " PLC", " & Co", " and Co ", " and Co.", " and Co,", " Securities", " Holdings"];

    /// <summary>Each firm suffix without its closing space or punctuation, as it reads at the very end of a text.</summary>
    private static readonly string[] FirmSuffixesAtEnd = [.. FirmSuffixes.Select(s => s.TrimEnd(' ', '.', ','))];

    /// <summary>"Morgan Stanley and Co", "Merrill Lynch Inc": a person-shaped name that is a firm's.</summary>
    private static bool FirmSuffixFollows(DocumentContext doc, int last)
    {
        var end = doc.Tokens[last].End;
        var rest = doc.Text.AsSpan(end, Math.Min(12, doc.Text.Length - end));
        if (rest.StartsWith(",")) rest = rest[1..];
        for (var s = 0; s < FirmSuffixes.Length; s++)
            if (rest.StartsWith(FirmSuffixes[s], StringComparison.Ordinal) || rest.SequenceEqual(FirmSuffixesAtEnd[s]))
                return true;
        return false;
    }

    private bool IsSpeakerLabel(DocumentContext doc, int index)
    {
        var token = doc.Tokens[index];
        if (token.Text.Length < 3 || token.End >= doc.Text.Length || doc.Text[token.End] != ':' || !token.Text.All(char.IsLetter)) return false;
        var titled = char.ToUpperInvariant(token.Text[0]) + token.Text[1..].ToLowerInvariant();
        return _lexicon.Category(titled) is null && _lexicon.Category(token.Text) is null && !_lexicon.IsCommon(titled)
            && OutletDirectory.Default.Find(token.Text) is null;
    }

    private int LabelCount(DocumentContext doc, string word)
    {
        var count = 0;
        for (var i = 0; i < doc.Tokens.Count; i++)
            if (doc.Tokens[i].Text == word && IsSpeakerLabel(doc, i)) count++;
        return count;
    }

    private static bool PronounFollows(DocumentContext doc, int position)
    {
        foreach (var p in doc.Pronouns)
            if (p > position && p < position + 600) return true;
        return false;
    }

    /// <summary>"(Jim Bourg/Reuters)", "AP Photo/Evan Vucci", "Photograph: Jane Doe/Getty": a picture's credit, not a person named.</summary>
    private static bool IsPhotoCredit(string text, int start, int end)
    {
        if (end + 1 < text.Length && text[end] == '/' && char.IsUpper(text[end + 1])) return true;
        var before = text.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12)).TrimEnd();
        return before.EndsWith("Photo/", StringComparison.OrdinalIgnoreCase) || before.EndsWith("Images/", StringComparison.Ordinal)
            || before.EndsWith("Photo:", StringComparison.OrdinalIgnoreCase) || before.EndsWith("Photograph:", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("Image:", StringComparison.OrdinalIgnoreCase) || before.EndsWith("Credit:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when an opening parenthesis comes before <paramref name="position"/> on its line with no closing one between.</summary>
    private static bool InParentheses(string text, int position)
    {
        for (var p = position - 1; p >= 0 && text[p] != '\n'; p--)
        {
            if (text[p] == ')') return false;
            if (text[p] == '(') return true;
        }
        return false;
    }

    private static bool FollowedByParenthesis(DocumentContext doc, int last)
    {
        var end = doc.Tokens[last].End;
        return end + 2 < doc.Text.Length && doc.Text[end] == ' ' && doc.Text[end + 1] == '(' && char.IsUpper(doc.Text[end + 2]);
    }

    /// <summary>A title or job noun right before the run: "envoy Steve Witkoff", "Secretary of State Marco Rubio".</summary>
    private bool HasRoleBefore(DocumentContext doc, int index, int runLength)
    {
        if (index == 0 || !doc.Tokens[index].JoinedToPrevious) return false;
        var previous = doc.Tokens[index - 1];
        if (previous.Text is "the" or "The") return false;
        if (_lexicon.Roles.Contains(previous.Text) && !previous.Possessive) return true;
        // Secretary of State Marco Rubio / Minister for Europe Jane Doe
        for (var k = index - 1; k >= 0 && k >= index - 5; k--)
        {
            var t = doc.Tokens[k];
            if (t.Text is "of" or "for" or "the" || (t.IsCapitalized && !_lexicon.Titles.Contains(t.Text)))
            {
                if (!t.JoinedToPrevious) return false;
                continue;
            }
            // "Secretary of State Marco Rubio" names someone; "Minister of Agriculture" only names the portfolio
            return _lexicon.Titles.Contains(t.Text) && k < index - 1 && HasOfBetween(doc, k, index) && runLength >= 2;
        }
        return false;
    }

    private static bool HasOfBetween(DocumentContext doc, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (doc.Tokens[k].Text is "of" or "for") return true;
        return false;
    }

    /// <summary>"Putin said", "Rubio has repeatedly warned", "Yermak told".</summary>
    private bool FollowedBySpeech(DocumentContext doc, int last)
    {
        var tokens = doc.Tokens;
        var gapStart = tokens[last].End + (tokens[last].Possessive ? 2 : 0);
        if (tokens[last].Possessive) return false;
        for (var k = last + 1; k < tokens.Count && k <= last + 3; k++)
        {
            var t = tokens[k];
            if (!IsSpacesOnly(doc.Text, k == last + 1 ? gapStart : tokens[k - 1].End, t.Start)) return false;
            if (_lexicon.SpeechVerbs.Contains(t.Text)) return k > last + 1 || IsSingularVerb(t.Text);
            if (t.Text is "have" or "were" or "are") return false;
            if (!Auxiliaries.Contains(t.Text) && !t.Text.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>A verb form a single person takes ("says", "said", "told"), unlike the plural "say" of "Sources say".</summary>
    private static bool IsSingularVerb(string verb) =>
        verb.EndsWith('s') || verb.EndsWith("ed", StringComparison.Ordinal) || verb is "said" or "told" or "wrote" or "thought" or "spoke";

    /// <summary>"…,” said Rubio" or "said Sen. Angus King".</summary>
    private bool PrecededBySaid(DocumentContext doc, int first)
    {
        var k = first - 1;
        while (k >= 0 && doc.Tokens[k + 1].JoinedToPrevious && (_lexicon.Titles.Contains(doc.Tokens[k].Text) || _lexicon.Honorifics.Contains(doc.Tokens[k].Text))) k--;
        if (k < 0) return false;
        var t = doc.Tokens[k];
        return t.Text is "said" or "says" or "added" or "asked" or "wrote" or "explained" or "according"
            && IsSpacesOnly(doc.Text, t.End, doc.Tokens[k + 1].Start, allowTitlePunctuation: true);
    }

    /// <summary>"Kirill Dmitriev, who …", "Starsky Wilson, co-chairman of …", "Jane Doe, 45,".</summary>
    private bool Apposition(DocumentContext doc, int last)
    {
        var tokens = doc.Tokens;
        if (tokens[last].Possessive) return false;
        var end = tokens[last].End;
        var text = doc.Text;
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ') return false;
        var p = end + 2;
        if (p < text.Length && char.IsDigit(text[p]))
        {
            var q = p;
            while (q < text.Length && char.IsDigit(text[q])) q++;
            return q - p <= 3 && q < text.Length && text[q] == ',';
        }
        if (last + 1 >= tokens.Count) return false;
        var next = tokens[last + 1];
        if (next.Start != p) return false;
        if (next.Text is "who" or "whose") return true;
        if (next.Text is "a" or "an" or "the" or "his" or "her" or "its" or "former" or "then")
        {
            for (var k = last + 2; k < tokens.Count && k <= last + 8; k++)
            {
                // words may be apart by a hyphen or a number ("a 17-year-old soul singer"), not by other punctuation
                if (!tokens[k].JoinedToPrevious && !IsNumberOrHyphens(text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End))) return false;
                if (_lexicon.Roles.Contains(tokens[k].Text)) return true;
            }
            return false;
        }
        return _lexicon.Roles.Contains(next.Text);
    }

    private static bool IsNumberOrHyphens(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if (!(char.IsDigit(c) || c is '-' or '–' or ' ')) return false;
        return true;
    }

    private static bool IsSpacesOnly(string text, int from, int to, bool allowTitlePunctuation = false)
    {
        if (to <= from) return to == from;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is ' ' or '\u00A0') continue;
            if (allowTitlePunctuation && c == '.') continue;
            return false;
        }
        return true;
    }
}

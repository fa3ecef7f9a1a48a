using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Says why two extracted articles look like one story, in terms a reader can check: the persons both name, the
/// quotations both carry, the numbers and names both use (by the fingerprint's own definition of a number and a
/// name, <see cref="StoryWords"/>), the passages both print, how alike the titles are and how far apart the dates;
/// and what argues against it: persons and numbers prominent in one and absent from the other, dates far apart.
/// Works from the two texts alone, so it explains any pair, matched or not.
/// </summary>
public static class StoryExplainer
{
    /// <summary>Shortest copied passage reported, in words: the compare view highlights runs this long.</summary>
    public const int PassageMinWords = 12;

    /// <summary>Most items of each kind kept (quotes: <see cref="MaxQuotes"/>).</summary>
    public const int MaxItems = 5;

    public const int MaxQuotes = 3;

    /// <summary>Quotations longer than this (in words) are compared by their first this many words, to bound the work.</summary>
    private const int MaxQuoteWords = 300;

    private static readonly HashSet<string> Scales = new(StringComparer.OrdinalIgnoreCase) { "thousand", "million", "billion", "trillion", "percent" };

    /// <summary>The evidence for and against <paramref name="a"/> and <paramref name="b"/> telling one story.</summary>
    public static StoryEvidence Explain(Article a, Article b, DuplicateOptions? options = null)
    {
        var window = (options ?? new DuplicateOptions()).StoryWindowDays;
        var (left, right) = (new ExplainedArticle(a), new ExplainedArticle(b));
        var (persons, matchedA, matchedB) = MatchPersons(a.Persons, b.Persons);
        var passages = PassageFinder.Find(a.Text, b.Text, PassageMinWords);
        var (titleSimilarity, titleWords) = CompareTitles(left, right);
        int? daysApart = a.Date is { } da && b.Date is { } db ? Math.Abs(da.DayNumber - db.DayNumber) : null;
        var against = OneSided(left, right, matchedA, EvidenceSide.A).Concat(OneSided(right, left, matchedB, EvidenceSide.B))
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.Kind).ThenBy(e => e.Side).ToList();
        return new StoryEvidence
        {
            Persons = EvidenceList<SharedPerson>.Top(persons, MaxItems),
            Quotes = EvidenceList<SharedQuote>.Top(SharedQuotes(a.Quotes, b.Quotes), MaxQuotes),
            Numbers = EvidenceList<string>.Top(SharedWords(left, right, left.Numbers, right.Numbers, AsWrittenNumber), MaxItems),
            Names = EvidenceList<string>.Top(SharedWords(left, right, OtherNames(left, right), right.Names, (s, i) => s.Written(i)), MaxItems),
            Passages = passages,
            PassageWords = passages.Sum(p => p.Words),
            TitleSimilarity = titleSimilarity,
            TitleWords = titleWords,
            DaysApart = daysApart,
            DatesFarApart = daysApart > window,
            Against = EvidenceList<OneSidedEvidence>.Top(against, MaxItems),
        };
    }

    /// <summary>
    /// Persons matched by identity key, then a surname-only key against the one full name in the other article with
    /// that surname ("Zelensky" and "Volodymyr Zelenskyy"); a surname two full names share matches neither.
    /// </summary>
    private static (List<SharedPerson> Shared, HashSet<Person> MatchedA, HashSet<Person> MatchedB) MatchPersons(
        IReadOnlyList<Person> a, IReadOnlyList<Person> b)
    {
        var pairs = new List<(Person A, Person B)>();
        var (matchedA, matchedB) = (new HashSet<Person>(ReferenceEqualityComparer.Instance), new HashSet<Person>(ReferenceEqualityComparer.Instance));
        void Pair(Person pa, Person pb)
        {
            pairs.Add((pa, pb));
            matchedA.Add(pa);
            matchedB.Add(pb);
        }
        foreach (var pa in a)
            if (pa.Key.Length > 0 && b.FirstOrDefault(pb => pb.Key == pa.Key && !matchedB.Contains(pb)) is { } pb)
                Pair(pa, pb);
        foreach (var pa in a.Where(p => !matchedA.Contains(p) && IsSurnameOnly(p.Key)))
            if (b.Where(pb => !matchedB.Contains(pb) && !IsSurnameOnly(pb.Key) && PersonKey.Surname(pb.Key) == pa.Key).ToList() is [var only])
                Pair(pa, only);
        foreach (var pb in b.Where(p => !matchedB.Contains(p) && IsSurnameOnly(p.Key)))
            if (a.Where(pa => !matchedA.Contains(pa) && !IsSurnameOnly(pa.Key) && PersonKey.Surname(pa.Key) == pb.Key).ToList() is [var only])
                Pair(only, pb);

        var shared = pairs
            .Select(p =>
            {
                var fuller = p.B.Name.Split(' ').Length > p.A.Name.Split(' ').Length ? p.B : p.A;
                return new SharedPerson(fuller.Key, fuller.Name, p.A.Mentions.Count, p.B.Mentions.Count);
            })
            .OrderBy(p => Commonness(LastWord(p.Name)))
            .ThenByDescending(p => p.MentionsA + p.MentionsB)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return (shared, matchedA, matchedB);
    }

    private static bool IsSurnameOnly(string key) => key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal);

    private static ulong LastWord(string name) => TextNormalizer.Tokenize(name) is { Count: > 0 } tokens ? tokens[^1].Hash : 0;

    /// <summary>How many background articles use a word: the lower, the more a shared use of it says.</summary>
    private static int Commonness(ulong wordHash) =>
        BackgroundFrequencies.English.Counts.GetValueOrDefault(StoryFeatures.Tag(Hash64.Fold(wordHash), 3));

    /// <summary>
    /// Quotation pairs sharing a word 4-gram (a whole quotation of three words counts as one gram, as in the
    /// fingerprint), each quotation in at most one pair, reported by the longest run of words the two share.
    /// </summary>
    private static List<SharedQuote> SharedQuotes(IReadOnlyList<Quote> a, IReadOnlyList<Quote> b)
    {
        var tokensB = b.Select(q => Limit(TextNormalizer.Tokenize(q.Text))).ToList();
        var gramsB = tokensB.Select(Grams).ToList();
        var candidates = new List<(int A, int B, int Start, int Length)>();
        for (var i = 0; i < a.Count; i++)
        {
            var tokensA = Limit(TextNormalizer.Tokenize(a[i].Text));
            var gramsA = Grams(tokensA);
            if (gramsA.Count == 0) continue;
            for (var j = 0; j < b.Count; j++)
            {
                if (!gramsA.Overlaps(gramsB[j])) continue;
                var (start, length) = LongestCommonRun(tokensA, tokensB[j]);
                if (length >= 3) candidates.Add((i, j, start, length));
            }
        }
        var (usedA, usedB, texts) = (new HashSet<int>(), new HashSet<int>(), new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        var shared = new List<SharedQuote>();
        foreach (var c in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.A))
        {
            if (usedA.Contains(c.A) || usedB.Contains(c.B)) continue;
            usedA.Add(c.A);
            usedB.Add(c.B);
            var tokens = TextNormalizer.Tokenize(a[c.A].Text);
            var text = a[c.A].Text[tokens[c.Start].Start..tokens[c.Start + c.Length - 1].End];
            if (texts.Add(TextNormalizer.Normalize(text)))
                shared.Add(new SharedQuote(text, a[c.A].Speaker ?? b[c.B].Speaker, c.Length));
        }
        return shared;
    }

    private static List<WordToken> Limit(List<WordToken> tokens) => tokens.Count > MaxQuoteWords ? tokens[..MaxQuoteWords] : tokens;

    private static HashSet<ulong> Grams(List<WordToken> tokens)
    {
        var grams = new HashSet<ulong>();
        if (tokens.Count < 3) return grams;
        var width = Math.Min(4, tokens.Count);
        for (var i = 0; i + width <= tokens.Count; i++)
        {
            var h = Hash64.Seed;
            for (var j = i; j < i + width; j++) h = Hash64.Combine(h, tokens[j].Hash);
            grams.Add(h);
        }
        return grams;
    }

    /// <summary>The longest run of equal words: its start in <paramref name="a"/> and its length.</summary>
    private static (int Start, int Length) LongestCommonRun(List<WordToken> a, List<WordToken> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        var (bestEnd, best) = (0, 0);
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = a[i - 1].Hash == b[j - 1].Hash ? previous[j - 1] + 1 : 0;
                if (current[j] > best) (best, bestEnd) = (current[j], i);
            }
            (previous, current) = (current, previous);
        }
        return (bestEnd - best, best);
    }

    /// <summary>Names of the first article that are no person's name or title in either article.</summary>
    private static Dictionary<uint, (int First, int Count)> OtherNames(ExplainedArticle left, ExplainedArticle right) =>
        left.Names
            .Where(n =>
            {
                var token = left.Tokens[n.Value.First];
                var word = left.Written(n.Value.First);
                return !left.PersonWords.Contains(token.Hash) && !right.PersonWords.Contains(token.Hash)
                       && !NameLexicon.Default.IsTitleOrHonorific(word) && !NameLexicon.Default.IsCommon(word);
            })
            .ToDictionary();

    /// <summary>Keys in both, written as the first article writes them, rarest in the background first, then most used.</summary>
    private static List<string> SharedWords(ExplainedArticle left, ExplainedArticle right,
        Dictionary<uint, (int First, int Count)> inLeft, Dictionary<uint, (int First, int Count)> inRight,
        Func<ExplainedArticle, int, string> written) =>
        inLeft.Where(w => inRight.ContainsKey(w.Key))
            .Select(w => (Text: written(left, w.Value.First), Common: Commonness(left.Tokens[w.Value.First].Hash),
                Uses: Math.Min(w.Value.Count, inRight[w.Key].Count), w.Value.First))
            .OrderBy(w => w.Common).ThenByDescending(w => w.Uses).ThenBy(w => w.First)
            .Select(w => w.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>A number with the currency sign before it and the scale or percent after it: "$1.5 billion", "40%".</summary>
    private static string AsWrittenNumber(ExplainedArticle side, int index)
    {
        var (text, token) = (side.Text, side.Tokens[index]);
        var (start, end) = (token.Start, token.End);
        if (start > 0 && text[start - 1] is '$' or '£' or '€' or '¥') start--;
        if (end < text.Length && text[end] == '%') end++;
        else if (index + 1 < side.Tokens.Count && side.Tokens[index + 1] is var next && next.Start == end + 1 && text[end] == ' '
                 && Scales.Contains(text[next.Start..next.End]))
            end = next.End;
        return text[start..end];
    }

    /// <summary>Jaccard similarity of the titles' content words, and the shared ones as the first title writes them.</summary>
    private static (double Similarity, IReadOnlyList<string> Shared) CompareTitles(ExplainedArticle left, ExplainedArticle right)
    {
        var a = ContentWords(left.Article.Title, left.TitleTokens);
        var b = ContentWords(right.Article.Title, right.TitleTokens);
        var union = a.Keys.Union(b.Keys).Count();
        if (union == 0) return (0, []);
        var shared = a.Where(w => b.ContainsKey(w.Key)).Select(w => w.Value).ToList();
        return ((double)shared.Count / union, shared);
    }

    private static Dictionary<ulong, string> ContentWords(string title, List<WordToken> tokens)
    {
        var words = new Dictionary<ulong, string>();
        foreach (var token in tokens)
        {
            var isContent = token.Kind == WordKind.Number ? StoryWords.IsNumber(title, token) : token.End - token.Start >= 3 && !StoryWords.IsStopWord(token);
            if (isContent) words.TryAdd(token.Hash, title[token.Start..token.End]);
        }
        return words;
    }

    /// <summary>
    /// Persons the article names at least twice, quotes, or puts in its title, and numbers it repeats or gives in its
    /// title or lead, that the other article never writes at all.
    /// </summary>
    private static IEnumerable<OneSidedEvidence> OneSided(ExplainedArticle side, ExplainedArticle other, HashSet<Person> matched, EvidenceSide name)
    {
        foreach (var person in side.Article.Persons)
        {
            if (matched.Contains(person)) continue;
            var surname = LastWord(person.Name);
            if (surname == 0 || other.Words.Contains(surname)) continue;
            var quoted = side.Article.Quotes.Any(q => q.Speaker is { } s && (s == person.Name || person.Aliases.Contains(s)));
            if (person.Mentions.Count >= 2 || quoted || side.TitleHas(surname))
                yield return new OneSidedEvidence(name, EvidenceKind.Person, person.Name, person.Mentions.Count);
        }
        foreach (var (key, (first, count)) in side.Numbers)
        {
            if (other.Numbers.ContainsKey(key) || other.Words.Contains(side.Tokens[first].Hash)) continue;
            if (count >= 2 || side.InLead(first) || side.TitleHas(side.Tokens[first].Hash))
                yield return new OneSidedEvidence(name, EvidenceKind.Number, AsWrittenNumber(side, first), count);
        }
    }
}

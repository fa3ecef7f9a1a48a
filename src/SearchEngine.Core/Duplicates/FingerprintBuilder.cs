using SearchEngine.Core.Extraction;

namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Computes an <see cref="ArticleFingerprint"/> from an article's text and extracted fields, once, at indexing time.
/// Person keys and quotes come from extraction when it found them; names and quotations are also read from the
/// text itself, so the same-story evidence degrades rather than vanishes when extraction finds little.
/// </summary>
public sealed class FingerprintBuilder
{
    /// <summary>Word n-gram width of passage marks.</summary>
    public const int PassageGram = 8;

    /// <summary>Winnowing window: any shared run of PassageGram + PassageWindow - 1 = 17 words leaves at least one common mark.</summary>
    public const int PassageWindow = 10;

    private const int MaxTerms = 256;

    private readonly DuplicateOptions _options;
    private readonly MinHasher _minHasher;

    public FingerprintBuilder(DuplicateOptions? options = null)
    {
        _options = options ?? new DuplicateOptions();
        _minHasher = new MinHasher(_options.MinHashCount);
    }

    /// <summary>The fingerprint of an extracted article (its body text, not its title).</summary>
    public ArticleFingerprint Build(Article article) =>
        Build(article.Id, article.Text, article.Outlet, article.Date,
            article.Persons.Select(p => p.Key), article.Quotes.Select(q => q.Text));

    /// <summary>The fingerprint of a text with whatever extracted fields are known.</summary>
    public ArticleFingerprint Build(string id, string text, string? outlet = null, DateOnly? date = null,
        IEnumerable<string>? personKeys = null, IEnumerable<string>? quotes = null)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var shingles = Duplicates.Shingles.Hashes(tokens, _options.ShingleSize);
        return new ArticleFingerprint
        {
            Id = id,
            Outlet = outlet,
            Date = date,
            ExactHash = TextNormalizer.ExactHash(tokens),
            WordCount = tokens.Count,
            MinHash = _minHasher.Sign(shingles),
            Shingles = shingles,
            Terms = Terms(tokens),
            Persons = PersonWords(personKeys ?? []),
            Names = Names(text, tokens),
            Numbers = SortedSet(tokens.Where(t => StoryWords.IsNumber(text, t)).Select(StoryWords.Key)),
            Quotes = QuoteGrams(text, quotes ?? []),
            Passages = Winnow(tokens),
        };
    }

    /// <summary>The shingle set <see cref="Build(string, string, string?, DateOnly?, IEnumerable{string}?, IEnumerable{string}?)"/> computes for the same text: what a stored fingerprint leaves out.</summary>
    public uint[] ShinglesOf(string text) => Duplicates.Shingles.Hashes(TextNormalizer.Tokenize(text), _options.ShingleSize);

    private static TermCount[] Terms(List<WordToken> tokens)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var token in tokens)
        {
            if (token.Kind == WordKind.Number || token.End - token.Start < 3 || StopWords.Contains(token.Hash)) continue;
            var hash = Hash64.Fold(token.Hash);
            counts[hash] = counts.GetValueOrDefault(hash) + 1;
        }
        var terms = counts.Select(p => new TermCount(p.Key, p.Value));
        if (counts.Count > MaxTerms) terms = terms.OrderByDescending(t => t.Count).ThenBy(t => t.Hash).Take(MaxTerms);
        return [.. terms.OrderBy(t => t.Hash)];
    }

    /// <summary>
    /// The words of each person key, whatever the key's format: all spellings of a person share them, and as words
    /// they get background frequencies, so "Donald Trump" counts for less than "Andriy Yermak" even in a young index.
    /// </summary>
    private static uint[] PersonWords(IEnumerable<string> keys)
    {
        var words = new List<uint>();
        foreach (var key in keys)
            foreach (var token in TextNormalizer.Tokenize(key))
                if (token.Kind != WordKind.Number && token.End - token.Start >= 2 && !StopWords.Contains(token.Hash))
                    words.Add(Hash64.Fold(token.Hash));
        return SortedSet(words);
    }

    /// <summary>Capitalised words that do not start a sentence: proper names, places, organisations.</summary>
    private static uint[] Names(string text, List<WordToken> tokens) =>
        SortedSet(tokens.Where(token => StoryWords.IsName(text, token)).Select(StoryWords.Key));

    /// <summary>Word 4-grams of every quotation, whether extraction found it or it is only marked by quote characters.</summary>
    private static uint[] QuoteGrams(string text, IEnumerable<string> extracted)
    {
        var grams = new List<uint>();
        foreach (var quote in extracted.Concat(QuotedSpans(text)))
        {
            var tokens = TextNormalizer.Tokenize(quote);
            if (tokens.Count < 3) continue;
            for (var i = 0; i + 3 <= tokens.Count; i++)
            {
                if (i > 0 && i + 4 > tokens.Count) break;
                var h = Hash64.Seed ^ 0x51u;
                for (var j = i; j < Math.Min(tokens.Count, i + 4); j++) h = Hash64.Combine(h, tokens[j].Hash);
                grams.Add(Hash64.Fold(h));
            }
        }
        return SortedSet(grams);
    }

    private static IEnumerable<string> QuotedSpans(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0)) { open = i + 1; continue; }
            if ((c == '\u201D' || c == '"') && open >= 0)
            {
                if (i - open is > 0 and < 1000) yield return text[open..i];
                open = -1;
            }
            else if (c == '\n') open = -1;
        }
    }

    /// <summary>Robust winnowing (Schleimer et al. 2003): the rightmost minimal n-gram hash of each window, each position once.</summary>
    private static PassageMark[] Winnow(List<WordToken> tokens)
    {
        var grams = tokens.Count - PassageGram + 1;
        if (grams <= 0) return [];
        var hashes = new uint[grams];
        for (var i = 0; i < grams; i++)
        {
            var h = Hash64.Seed ^ 0x8u;
            for (var j = i; j < i + PassageGram; j++) h = Hash64.Combine(h, tokens[j].Hash);
            hashes[i] = Hash64.Fold(h);
        }
        var marks = new List<PassageMark>(grams * 2 / (PassageWindow + 1) + 2);
        var window = Math.Min(PassageWindow, grams);
        var last = -1;
        for (var start = 0; start + window <= grams; start++)
        {
            var min = start;
            for (var i = start + 1; i < start + window; i++) if (hashes[i] <= hashes[min]) min = i;
            if (min == last) continue;
            last = min;
            marks.Add(new PassageMark(hashes[min], min, tokens[min].Start, tokens[min + PassageGram - 1].End));
        }
        return [.. marks];
    }

    private static uint[] SortedSet(IEnumerable<uint> values)
    {
        var set = new SortedSet<uint>(values);
        return [.. set];
    }
}

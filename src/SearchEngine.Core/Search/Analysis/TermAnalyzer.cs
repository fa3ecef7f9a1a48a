using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace SearchEngine.Core.Search.Analysis;

/// <summary>
/// The index's English analysis done in C#, mirroring FTS5's <c>porter unicode61 remove_diacritics 2</c>: words are
/// runs of letters and digits, folded to lower case without diacritics, then Porter-stemmed. The ranker uses it to
/// count terms per field; the full-text index stays the authority on what matches.
/// </summary>
public static class TermAnalyzer
{
    private const int MaxTokenLength = 128;
    private const int MaxCachedWords = 1 << 20;

    // Lower-cased ASCII word → its term. News vocabulary is small next to its word count, so most words are stemmed
    // once per process and every later occurrence costs one lookup and no allocation.
    // Many lock stripes and room for a news vocabulary up front: indexing workers add new words all the time, and with
    // the default (one stripe per core, grown by doubling under every lock) they queued on each other's adds.
    private static readonly ConcurrentDictionary<string, string> Stems =
        new(concurrencyLevel: 16 * Environment.ProcessorCount, capacity: 1 << 17, StringComparer.Ordinal);
    private static readonly bool[] AsciiTokenChars = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c)).ToArray();

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsBySpan =
        Stems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Calls <paramref name="onTerm"/> for each term of the text, in order.</summary>
    public static void Analyze(ReadOnlySpan<char> text, Action<string> onTerm)
    {
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsTokenChar(text[i])) i++;
            var start = i;
            while (i < text.Length && IsTokenChar(text[i])) i++;
            if (i == start) continue;
            var token = text[start..i];
            if (token.Length > MaxTokenLength) continue;
            onTerm(Term(token, buffer));
        }
    }

    /// <summary>
    /// Every token of the text with where it stands, in order. Unlike <see cref="Analyze"/> it skips no token, however
    /// long, so a token's index in the list is its FTS5 position: highlighting and phrase matching depend on that.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Receives the tokens.</param>
    /// <param name="wantedTerms">
    /// When given, only tokens whose term could be one of these or begin with one get their term; the others get an
    /// empty one. Folding and Porter stemming keep a word's ASCII first letter (lower-cased) and never lengthen it, so
    /// a word shorter than every wanted term of its initial (less one letter, to spare) cannot give one, and a caller
    /// looking for a few terms skips the analysis of most words.
    /// </param>
    public static void Tokenize(ReadOnlySpan<char> text, List<TextToken> tokens, IEnumerable<string>? wantedTerms = null)
    {
        // The shortest token worth analysing, by ASCII first letter; any token when no terms are given.
        Span<int> shortest = stackalloc int[128];
        shortest.Fill(wantedTerms is null ? 0 : int.MaxValue);
        foreach (var term in wantedTerms ?? [])
            if (term.Length > 0 && term[0] < 128)
            {
                var initial = term[0];
                shortest[initial] = Math.Min(shortest[initial], term.Length - 1);
                if (initial is >= 'a' and <= 'z') shortest[initial - 32] = shortest[initial];
            }
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var tokenChars = AsciiTokenChars;
        // Prose averages about six characters a token: one allocation for most texts.
        tokens.EnsureCapacity(tokens.Count + text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            var first = text[i];
            if (first < 0x80 ? !tokenChars[first] : !IsTokenChar(first))
            {
                i++;
                continue;
            }
            var start = i++;
            while (i < text.Length && (text[i] < 0x80 ? tokenChars[text[i]] : IsTokenChar(text[i]))) i++;
            if (first < 0x80 && i - start < shortest[first])
            {
                tokens.Add(new TextToken(start, i, ""));
                continue;
            }
            var token = text[start..i];
            // Past FTS5's porter limit (64 bytes) words are left unstemmed, so folding is all a long token needs.
            tokens.Add(new TextToken(start, i, token.Length > MaxTokenLength ? Fold(token) : Term(token, buffer)));
        }
    }

    /// <summary>The terms of a text as a list (for queries and tests).</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        Analyze(text, terms.Add);
        return terms;
    }

    private static string Term(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var ascii = true;
        for (var j = 0; j < token.Length; j++)
        {
            var c = token[j];
            if (c > 0x7F) { ascii = false; break; }
            buffer[j] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (!ascii) return PorterStemmer.Stem(Fold(token));
        var word = buffer[..token.Length];
        if (StemsBySpan.TryGetValue(word, out var cached)) return cached;
        var key = new string(word);
        var length = PorterStemmer.Stem(word);
        var term = word[..length].SequenceEqual(key) ? key : new string(word[..length]);
        if (Stems.Count < MaxCachedWords) Stems.TryAdd(key, term);
        return term;
    }

    /// <summary>Lower case without diacritics: "Núñez" → "nunez"; combining marks are dropped.</summary>
    private static string Fold(ReadOnlySpan<char> token)
    {
        var folded = new StringBuilder(token.Length);
        foreach (var c in token)
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                folded.Append(char.ToLowerInvariant(DiacriticFolder.Fold(c)));
        return folded.ToString();
    }

    /// <summary>unicode61's token characters: letters, digits and private-use characters; all else separates.</summary>
    private static bool IsTokenChar(char c)
    {
        if (c < 0x80) return AsciiTokenChars[c];
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is <= UnicodeCategory.OtherLetter // letters
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}

using System.Text;

namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Splits text into folded words: lower case, punctuation and whitespace dropped, apostrophes inside words and
/// separators inside numbers removed ("Russia’s" = "russias", "600,000" = "600000"), hyphens split words
/// ("28-point" = "28" "point"). Every duplicate level sees text through this one definition, so that a changed
/// quote mark or line break never hides a copy.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The words of <paramref name="text"/> with their spans and hashes.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5 + 1);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="tokens"/> without other allocation.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<WordToken> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            var hash = 0xCBF29CE484222325UL;
            var kind = char.IsDigit(text[i]) ? WordKind.Number : char.IsUpper(text[i]) ? WordKind.Capitalized : WordKind.Lower;
            var end = i;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
                    i++;
                    end = i;
                    continue;
                }
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                var joinsWord = IsApostrophe(c) && char.IsLetter(next) && char.IsLetter(text[i - 1]);
                var joinsNumber = c is ',' or '.' && char.IsDigit(next) && char.IsDigit(text[i - 1]);
                if (joinsWord || joinsNumber) { i++; continue; }
                if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                break;
            }
            tokens.Add(new WordToken(start, end, Hash64.Mix(hash), kind));
        }
    }

    /// <summary>The folded form of a text, one space between words: what the exact level compares.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var token in Tokenize(text))
        {
            if (builder.Length > 0) builder.Append(' ');
            foreach (var c in text.AsSpan(token.Start, token.End - token.Start))
                if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// The exact-level fingerprint: a hash of the folded word sequence. Two texts get the same value exactly when
    /// <see cref="Normalize"/> gives the same string (up to a 2^-64 collision chance).
    /// </summary>
    public static ulong ExactHash(IReadOnlyList<WordToken> tokens)
    {
        var h = Hash64.Seed;
        for (var i = 0; i < tokens.Count; i++) h = Hash64.Combine(h, tokens[i].Hash);
        return Hash64.Mix(h ^ (ulong)tokens.Count);
    }

    /// <summary>Exact-level fingerprint of a text.</summary>
    public static ulong ExactHash(string text) => ExactHash(Tokenize(text));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}

using System.Globalization;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// The corpus-wide identity key of a person name. Spellings of one name that differ only by accents, apostrophes,
/// periods, case, a middle name or initial, a common transliteration ending ("Zelensky", "Zelenskyy", "Zelenskiy"), a
/// familiar given name ("Chuck" for "Charles"), an Arabic article prefix ("al-Assad") or a hyphen in a two-syllable given
/// name ("Kim Jong-un") get the same key, so the index can count one person across outlets that spell the name differently.
/// </summary>
public static class PersonKey
{
    private static readonly HashSet<string> Generational = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>
    /// The key of a name as written: "first last" (middle parts dropped, a generational suffix kept) or, for a
    /// one-word name, just that word normalised. Titles and honorifics are ignored.
    /// </summary>
    public static string For(string name)
    {
        var parts = new List<string>(4);
        var chars = name.AsSpan();
        foreach (var range in chars.SplitAny(' ', '\u00A0', '\t', '\n'))
        {
            var raw = chars[range];
            if (raw.IsEmpty) continue;
            var trimmed = raw.TrimEnd(".,");
            if (parts.Count == 0 && NameLexicon.Default.IsTitleOrHonorific(trimmed))
                continue;
            var token = NormalizeToken(raw);
            if (token.Length > 0) parts.Add(token);
        }
        if (parts.Count == 0) return "";
        string? suffix = null;
        if (parts.Count > 1 && Generational.Contains(parts[^1]))
        {
            suffix = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }
        if (parts.Count > 1)
        {
            // "Chuck Schumer" and "Charles E. Schumer"
            parts[0] = GivenKey(parts[0]);
            // "Kim Jong Un" and "Kim Jong-un", "Moon Jae In" and "Moon Jae-in": a given name of two short syllables
            if (parts.Count == 3 && parts[0].Length <= 4 && parts[1].Length <= 4 && parts[2].Length <= 4 && !parts[1].Contains('-') && !parts[2].Contains('-'))
                parts = [parts[0], parts[1] + "-" + parts[2]];
        }
        var key = parts.Count == 1 ? parts[0] : parts[0] + " " + parts[^1];
        return suffix is null ? key : key + " " + suffix;
    }

    /// <summary>A normalised given name as a key's first word holds it: the formal form of a familiar one ("jeff" → "jeffrey").</summary>
    internal static string GivenKey(string normalizedGiven) =>
        NameLexicon.Default.FormalGivenNames.TryGetValue(normalizedGiven, out var formal) ? formal : normalizedGiven;

    /// <summary>The surname part of a key (its last word before any generational suffix).</summary>
    public static string Surname(string key)
    {
        var words = key.Split(' ');
        if (words.Length > 1 && Generational.Contains(words[^1])) return words[^2];
        return words[^1];
    }

    /// <summary>One word of a name, folded: lower case, no accents, no apostrophes or periods, transliteration endings unified.</summary>
    public static string NormalizeToken(string word) => NormalizeToken(word.AsSpan());

    /// <inheritdoc cref="NormalizeToken(string)"/>
    internal static string NormalizeToken(ReadOnlySpan<char> word)
    {
        // a folded letter becomes at most two ("ß" → "ss"); short words are folded on the stack
        var folded = word.Length <= 128 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        var length = 0;
        foreach (var raw in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(raw);
            if (c > 127 && Folded.TryGetValue(c, out var plain))
            {
                plain.CopyTo(folded[length..]);
                length += plain.Length;
            }
            else if (char.IsLetterOrDigit(c)) folded[length++] = c;
            else if (c is '-' or '‐') folded[length++] = '-';
        }
        var name = folded[..length].Trim('-');
        // "al-Assad" and "Assad", "el-Sisi" and "Sisi": the article prefix of an Arabic surname
        if (name.Length > 5 && (name.StartsWith("al-") || name.StartsWith("el-"))) name = name[3..];
        return FoldTransliteration(name);
    }

    /// <summary>Latin letters with diacritics and their plain spelling (the invariant-culture runtime has no Unicode decomposition).</summary>
    private static readonly Dictionary<char, string> Folded = BuildFolding();

    private static Dictionary<char, string> BuildFolding()
    {
        var table = new Dictionary<char, string>();
        void Map(string letters, string plain)
        {
            foreach (var c in letters) table[c] = plain;
        }
        Map("àáâãäåāăąǎ", "a"); Map("çćĉċč", "c"); Map("ďđ", "d"); Map("èéêëēĕėęě", "e"); Map("ĝğġģ", "g"); Map("ĥħ", "h");
        Map("ìíîïĩīĭįıǐ", "i"); Map("ĵ", "j"); Map("ķ", "k"); Map("ĺļľŀł", "l"); Map("ñńņňŉ", "n"); Map("òóôõöøōŏőǒ", "o");
        Map("ŕŗř", "r"); Map("śŝşšș", "s"); Map("ţťŧț", "t"); Map("ùúûüũūŭůűųǔ", "u"); Map("ŵ", "w"); Map("ýÿŷ", "y"); Map("źżž", "z");
        Map("ß", "ss"); Map("æ", "ae"); Map("œ", "oe"); Map("þ", "th"); Map("ð", "d");
        return table;
    }

    /// <summary>Endings that English-language outlets transliterate differently from Slavic names (-yy, -iy, -ij, -ii, -ski).</summary>
    private static string FoldTransliteration(ReadOnlySpan<char> word)
    {
        if (word.Length < 5) return word.ToString();
        if (word.EndsWith("yy", StringComparison.Ordinal) || word.EndsWith("iy", StringComparison.Ordinal)
            || word.EndsWith("ij", StringComparison.Ordinal) || word.EndsWith("yi", StringComparison.Ordinal)
            || word.EndsWith("ii", StringComparison.Ordinal))
            return string.Concat(word[..^2], "y");
        if (word.EndsWith("ski", StringComparison.Ordinal)) return string.Concat(word[..^1], "y");
        return word.ToString();
    }
}

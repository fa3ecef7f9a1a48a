using System.Collections.Frozen;

namespace SearchEngine.Core.Extraction;

/// <summary>Splits text into words with offsets, marking sentence starts and the gaps between words.</summary>
internal static class WordTokenizer
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "St", "Jr", "Sr",
        "Inc", "Corp", "Co", "Ltd", "No", "vs", "Mt", "Ft", "Rev", "Adm", "Maj", "Cmdr", "Atty", "Dept", "Univ", "Jan", "Feb",
        "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mass", "Calif", "Fla", "Ill", "Pa", "Va", "Conn", "Ariz", "Mich", "Minn",
        "Wis", "Ky", "Tenn", "Md", "Mo", "Ga", "La", "Ala", "Okla", "Nev", "Ore", "Wash", "Colo", "Del", "Fr", "Supt", "Gens",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Fills <paramref name="tokens"/> (emptied first) with the words of <paramref name="text"/>.</summary>
    public static void Tokenize(string text, List<WordToken> tokens)
    {
        tokens.Clear();
        var hardWrapped = IsHardWrapped(text);
        var n = text.Length;
        var line = 0;
        var i = 0;
        var lastEnd = 0;
        var lastWasAbbreviation = false;
        while (i < n)
        {
            var c = text[i];
            if (c == '\n') { line++; i++; continue; }
            if (!char.IsLetter(c)) { i++; continue; }

            var start = i;
            if (start > 0 && text[start - 1] is '@' or '#')
            {
                // handles and hashtags are not words of the text
                while (i < n && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                continue;
            }
            i++;
            while (i < n)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    // words fused by broken markup ("TrumpGOP", "TrumpMnuchin") split where a capital follows a lower-case run
                    if (char.IsUpper(d) && char.IsLower(text[i - 1]) && i - start >= 4 && !HasNamePrefix(text, start)) break;
                    i++;
                    continue;
                }
                if ((d is '\'' or '’' or '-' or '‐') && i + 1 < n && char.IsLetter(text[i + 1])) { i += 2; continue; }
                if (d == '.' && IsInitialPrefix(text, start, i) && i + 2 < n && char.IsLetter(text[i + 1]) && text[i + 2] == '.')
                {
                    i += 2;
                    continue;
                }
                break;
            }
            var end = i;
            if (end < n && text[end] == '.' && IsInitialPrefix(text, start, end))
            {
                end++;
                i++;
            }

            var possessive = false;
            if (end - start > 2 && (text[end - 2] is '\'' or '’') && text[end - 1] == 's')
            {
                end -= 2;
                possessive = true;
            }

            var word = text[start..end];
            var joined = tokens.Count > 0 && IsPlainGap(text, lastEnd, start, lastWasAbbreviation, hardWrapped);
            var sentenceStart = IsSentenceStart(text, start, lastWasAbbreviation);
            tokens.Add(new WordToken(start, end, word, sentenceStart, possessive, joined, line));
            lastEnd = possessive ? end + 2 : end;
            lastWasAbbreviation = Abbreviations.Contains(word) || (word.Length >= 2 && word[^1] == '.');
        }
    }

    private static bool HasNamePrefix(string text, int start)
    {
        var span = text.AsSpan(start);
        return span.StartsWith("Mc") || span.StartsWith("Mac") || span.StartsWith("De") || span.StartsWith("La")
            || span.StartsWith("Le") || span.StartsWith("Di") || span.StartsWith("Du") || span.StartsWith("Van") || span.StartsWith("Von");
    }

    /// <summary>The characters start..end form one capital, or capitals separated by periods ("J", "J.D").</summary>
    private static bool IsInitialPrefix(string text, int start, int end)
    {
        var length = end - start;
        if (length == 1) return char.IsUpper(text[start]);
        if (length % 2 == 0) return false;
        for (var k = start; k < end; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsUpper(text[k]) : text[k] != '.') return false;
        }
        return true;
    }

    private static bool IsPlainGap(string text, int from, int to, bool previousIsAbbreviation, bool hardWrapped)
    {
        if (to - from == 1 && text[from] == '\n') return hardWrapped && IsSoftWrap(text, from);
        if (to - from > 3) return false;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == ' ' || c == '\u00A0') continue;
            if (c == '.' && previousIsAbbreviation) continue;
            return false;
        }
        return to > from;
    }

    /// <summary>Wire copy wrapped at a fixed width: most lines are 40-80 characters long.</summary>
    private static bool IsHardWrapped(string text)
    {
        int lines = 0, wrapped = 0, start = 0;
        while (start < text.Length && lines < 40)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var length = end - start;
            if (length > 0)
            {
                lines++;
                if (length is >= 40 and <= 80) wrapped++;
            }
            start = end + 1;
        }
        return lines >= 4 && wrapped * 10 >= lines * 6;
    }

    /// <summary>
    /// A hard-wrapped line of wire copy ("…Agriculture Secretary Richard\nLyng said"): a long line ending in a letter,
    /// continued on the next line without indentation.
    /// </summary>
    private static bool IsSoftWrap(string text, int newline)
    {
        if (newline == 0 || !char.IsLetter(text[newline - 1])) return false;
        return newline + 1 < text.Length && !char.IsWhiteSpace(text[newline + 1]);
    }

    private static bool IsSentenceStart(string text, int start, bool previousIsAbbreviation)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00A0') k--;
        if (k < 0) return true;
        var c = text[k];
        if (c is '“' or '"' or '‘' or '(' or '[' or '\'' or '•' or '*') return true;
        if (c == '\n' || c is '!' or '?' or ':') return true;
        if (c is '–' or '—' or '-')
        {
            k--;
            while (k >= 0 && text[k] is ' ' or '\t' or '\u00A0') k--;
            return k < 0 || text[k] == '\n';
        }
        if (c == '.') return !previousIsAbbreviation;
        return false;
    }
}

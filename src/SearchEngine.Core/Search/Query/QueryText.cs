using System.Globalization;
using System.Text;

namespace SearchEngine.Core.Search.Query;

/// <summary>
/// Character rules of the parser: letters, digits and private-use characters make words; everything else separates
/// them (close to the index's tokenizer, which decides the terms).
/// </summary>
internal static class QueryText
{
    /// <summary>Whether the index tokenizer would find at least one word in the text (otherwise searching it is pointless).</summary>
    public static bool HasWord(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
                return true;
        }

        return false;
    }

    /// <summary>The length in runes of the last word the tokenizer would find, which is the one a prefix applies to.</summary>
    public static int LastWordLength(string text)
    {
        int last = 0, current = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current++;
                last = current;
            }
            else
            {
                current = 0;
            }
        }

        return last;
    }

    /// <summary>Whitespace-separated pieces that contain a word, for NEAR groups and term counting.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(HasWord).ToList();

    /// <summary>Whether a character ends a bare word of the query language.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}

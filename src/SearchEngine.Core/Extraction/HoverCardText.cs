using System.Text;
using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Removes the hover-card text some news sites leave inline after a person's name when a page is saved as text: the
/// person's legal name glued to the card's headlines and closed by "MORE" ("Senate Majority Leader Mitch McConnell
/// Addison (Mitch) Mitchell McConnellNew Parnas evidence escalates … MORE in an effort"). Left in, it makes persons of
/// "Mitch McConnell Addison" and "Bernie Sanders2020" and puts other stories' headlines in the article.
/// A card is recognised by its shape only: a word glued to the next one ("McConnellNew", "Sanders2020") whose first part
/// repeats the surname written just before, and a "MORE" closing it on the same line.
/// </summary>
internal static partial class HoverCardText
{
    private const int MaxCardLength = 600;
    private const int MaxLegalNameLength = 120;

    [GeneratedRegex(@"(?<=\s)MORE\b", RegexOptions.CultureInvariant)]
    private static partial Regex More();

    // a surname glued to a capitalised word or a number: three or more lower-case letters, then the next word
    [GeneratedRegex(@"(?<surname>[A-Z][\p{L}'’-]*\p{Ll}{3})(?=[A-Z][\p{Ll}A-Z]|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSurname();

    // "Marie Yovanovitch Marie Yovanovitch Parnas: …": the card repeats the visible name without a glued word
    [GeneratedRegex(@"\b(?<name>[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3})(?<card>\s+\k<name>)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedName();

    public static string Remove(string text)
    {
        if (!text.Contains("MORE", StringComparison.Ordinal)) return text;
        StringBuilder? result = null;
        var copied = 0;
        foreach (Match more in More().Matches(text))
        {
            var windowStart = Math.Max(copied, more.Index - MaxCardLength);
            var lineStart = text.LastIndexOf('\n', more.Index) + 1;
            windowStart = Math.Max(windowStart, lineStart);
            var cardStart = CardStart(text, windowStart, more.Index);
            if (cardStart < 0) continue;
            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, cardStart - copied);
            copied = more.Index + more.Length;
        }
        if (result is null) return text;
        result.Append(text, copied, text.Length - copied);
        return result.ToString();
    }

    /// <summary>Where a card closed at <paramref name="moreIndex"/> starts (right after the visible name), or -1.</summary>
    private static int CardStart(string text, int windowStart, int moreIndex)
    {
        var glued = GluedSurname().Match(text, windowStart, moreIndex - windowStart);
        if (glued.Success)
        {
            var surname = glued.Groups["surname"].Value;
            // the visible name ends with the same surname, shortly before the legal name
            var searchFrom = Math.Max(windowStart, glued.Index - MaxLegalNameLength);
            var visible = glued.Index > searchFrom
                ? text.LastIndexOf(surname, glued.Index - 1, glued.Index - searchFrom, StringComparison.Ordinal)
                : -1;
            var cardStart = visible + surname.Length;
            if (visible >= 0 && (cardStart >= text.Length || !char.IsLetterOrDigit(text[cardStart]))) return cardStart;
        }
        var repeated = RepeatedName().Match(text, windowStart, moreIndex - windowStart);
        return repeated.Success ? repeated.Groups["card"].Index : -1;
    }
}

using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Finds the lines of a text that list people: line-ups, squads, result tables, cast lists ("G Thomas (capt); H Luscombe,
/// T Shanklin", "Goalkeepers - Bogdan Stelea , Florin Prunea .", "6. Inoue Junichi ( Japan ) 1:16.61"). A name-shaped item
/// on such a line is a name without any other cue. A line counts when most of its items, split at commas, semicolons and
/// "and", are two to four capitalised words (an initial, a given name, particles, a surname), and enough of those
/// start with an initial or a known given name (at least two, and a quarter), which a list of places or companies does not.
/// </summary>
internal static partial class NameListLines
{
    [GeneratedRegex(@"\([^()\n]{0,40}\)")]
    private static partial Regex Parenthesised();

    // "Goalkeepers - ", "Defenders: ", "6. ", "1 - "
    [GeneratedRegex(@"^(?:\d{1,3}[.)]?\s+|[A-Z][a-z]+(?:\s[a-z]+)?\s*[-–:]\s+)")]
    private static partial Regex ItemLabel();

    [GeneratedRegex(@"^(?<first>[A-Z]{1,2}\.?|[A-Z][\p{Ll}'’]+(?:-[A-Z][\p{Ll}'’]+)?)(?:\s+(?:[a-z]{1,5}|[A-Z]\.|[A-Z][\p{Ll}'’]+(?:-[A-Z][\p{Ll}'’]+)?|[A-Z][a-z]?[A-Z][\p{Ll}]+)){1,3}$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\s*(?:[;,]|\band\b)\s*")]
    private static partial Regex ItemSeparator();

    /// <summary>
    /// A cheap first look, so prose costs no regular expression: outside parentheses, at most one word in five starts
    /// with a lower-case letter (particles and "and" excepted).
    /// </summary>
    private static bool MostlyCapitalised(ReadOnlySpan<char> line)
    {
        int words = 0, lower = 0, depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            if (depth > 0 || !char.IsLetter(c) || (i > 0 && char.IsLetter(line[i - 1]))) continue;
            words++;
            if (!char.IsLower(c)) continue;
            var end = i;
            while (end < line.Length && char.IsLetter(line[end])) end++;
            var word = line[i..end];
            if (word is not "and" && !NameLexicon.Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) lower++;
            if (lower * 5 > words + 10) return false;
        }
        return words >= 4 && lower * 5 <= words;
    }

    /// <summary>The zero-based numbers of the lines that list people.</summary>
    public static HashSet<int> Find(string text, NameLexicon lexicon) =>
        TextLines.Where(text, line => line.Length is > 6 and < 2000 && IsNameList(line, lexicon));

    private static bool IsNameList(ReadOnlySpan<char> lineSpan, NameLexicon lexicon)
    {
        if (!MostlyCapitalised(lineSpan)) return false;
        // a sentence is not a list: lists have no lower-case words outside particles and "and"
        var line = Parenthesised().Replace(lineSpan.ToString(), " ").Trim().TrimEnd('.', ' ');
        var items = ItemSeparator().Split(line);
        if (items.Length < 2) return false;
        int named = 0, shaped = 0, total = 0;
        foreach (var raw in items)
        {
            var item = ItemLabel().Replace(raw.Trim(), "").Trim().TrimEnd('.', ' ');
            if (item.Length == 0) continue;
            total++;
            var match = NameShape().Match(item);
            if (!match.Success) continue;
            shaped++;
            var first = match.Groups["first"].Value.TrimEnd('.');
            if (first.Length <= 2 && first.All(char.IsUpper) || lexicon.FirstNames.Contains(first)) named++;
        }
        return total >= 2 && shaped * 10 >= total * 6 && named * 4 >= shaped && named >= 2;
    }
}

using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Reads who wrote an article from the shapes newsrooms use: "By Anne Applebaum", "Written by … // date",
/// a lone name line (a signature), and "Name: Headline" opinion titles.
/// </summary>
public static partial class BylineExtractor
{
    [GeneratedRegex(@"^[ \t]*By[ \t]+(?<names>[A-Z][\p{L}.’'-]*(?:[ \t]+(?:[A-Z][\p{L}.’'-]*|de|van|von|der|da|di|and|&|,))*?)[ \t]*(?:(?:,|\||[ \t]for|[ \t]—|[ \t]-)[ \t]*[^\n]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^[ \t]*(?:Written|Posted|Reported|Compiled|Edited)[ \t]+by[ \t]*(?<name>[^/\n|]*?)[ \t]*(?://|\||$)", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenBy();

    [GeneratedRegex(@"^[ \t]*(?<name>[A-Z][\p{L}’'-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{L}’'-]+){1,2}):[ \t]+(?<headline>\S[^\n]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameHeadline();

    [GeneratedRegex(@"^[ \t]*(?<name>[A-Z][\p{L}’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\p{L}’'-]+)){1,3})[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameOnly();

    [GeneratedRegex(@"\bby[ \t]+(?<name>[A-Z][\p{L}’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\p{L}’'-]+)){1,3})[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBy();

    /// <summary>True when the story names the person again after <paramref name="from"/> (by surname): then a name line is about them, not a byline.</summary>
    public static bool NamedAgain(string body, string name, int from)
    {
        var surname = name.Split(' ')[^1];
        return from < body.Length && body.IndexOf(surname, from, StringComparison.Ordinal) >= 0;
    }

    /// <summary>The author(s) of a "By …" line ("Barbara Sprunt and Domenico Montanaro"), or null if the line is not a byline.</summary>
    public static string? FromByLine(string line)
    {
        if (line.Length > 120) return null;
        var match = ByLine().Match(line);
        if (!match.Success) return null;
        var names = match.Groups["names"].Value.Trim().TrimEnd(',');
        var words = names.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 12) return null;
        // "By contrast, …" or "By early Monday, …" are sentences, not bylines: every name part must be capitalised.
        var nameWords = words.Where(w => w is not ("and" or "&" or ",")).ToList();
        if (nameWords.Any(w => !char.IsUpper(w[0]) && w is not ("de" or "van" or "von" or "der" or "da" or "di"))) return null;
        if (nameWords.Any(w => NameLexicon.Default.IsCommon(w) || NameLexicon.Default.Category(w.TrimEnd(',')) is "month" or "day" or "place")
            && !NameLexicon.Default.FirstNames.Contains(nameWords[0])) return null;
        return names;
    }

    /// <summary>The name in "Written by Jane Doe // date", or null (also when the line names nobody).</summary>
    public static string? FromWrittenBy(string line)
    {
        var match = WrittenBy().Match(line);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value.Trim();
        return name.Length > 1 && char.IsUpper(name[0]) && name.Split(' ').Length <= 6 ? name : null;
    }

    /// <summary>True for a "Written by …" header line, whether or not it names someone.</summary>
    public static bool IsWrittenByLine(string line) => WrittenBy().IsMatch(line);

    /// <summary>Splits an opinion title "Timothy Snyder: Russian Unreality" into author and headline when the prefix is a person's name.</summary>
    public static bool TrySplitNameHeadline(string line, out string author, out string headline)
    {
        author = headline = "";
        var match = NameHeadline().Match(line);
        if (!match.Success) return false;
        var name = match.Groups["name"].Value;
        if (!LooksLikePersonName(name)) return false;
        author = name;
        headline = match.Groups["headline"].Value.Trim();
        return true;
    }

    /// <summary>The name when the whole line is just a person's name (a signature or an author line), else null.</summary>
    public static string? FromNameLine(string line)
    {
        var match = NameOnly().Match(line);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value;
        return LooksLikePersonName(name) ? name : null;
    }

    /// <summary>The name in a header line ending "… by Jane Doe" ("Comment posted on LinkedIn by Martin Schorsch"), else null.</summary>
    public static string? FromTrailingBy(string line)
    {
        if (line.Length > 100 || line.TrimEnd().EndsWith('.')) return null;
        var match = TrailingBy().Match(line);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value;
        return LooksLikePersonName(name) ? name : null;
    }

    /// <summary>A given name from the name list followed by capitalised name words that are not places, months or ordinary words.</summary>
    internal static bool LooksLikePersonName(string name)
    {
        var words = name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4) return false;
        var lexicon = NameLexicon.Default;
        if (!lexicon.FirstNames.Contains(words[0])) return false;
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 2 && w[1] == '.') continue;
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) return false;
            if (lexicon.Category(w) is "month" or "day" or "orgword" or "thing" or "heading") return false;
            if (lexicon.IsCommon(w) && i == words.Length - 1 && words.Length == 2 && lexicon.IsCommon(words[0])) return false;
        }
        return true;
    }
}

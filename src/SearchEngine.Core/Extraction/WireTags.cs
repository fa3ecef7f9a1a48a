using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// The tags wire services put before a headline or a paragraph ("CORRECTED - …", "(RPT) …", "UPDATE 2-…"), listed in
/// the embedded wire-tags.tsv: they say what happened to a story, never who published it.
/// </summary>
public static partial class WireTags
{
    private static readonly FrozenSet<string> Tags =
        EmbeddedTable.Rows("wire-tags.tsv").Select(r => r[0].Trim().ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);

    // "(CORRECTED) - ", "(Continued) ", "CORRECTED-", "UPDATE 2 - ", "REFILE-UPDATE 1-": parenthesised in any case with or
    // without a dash, bare only in capitals and followed by a dash.
    [GeneratedRegex(@"^[ \t]*(?:\((?<tag>[A-Za-z]{2,12}(?:[ \t]+\d{1,2})?)\)[ \t]*(?:[-—–][ \t]*)?|(?<tag>[A-Z]{2,12}(?:[ \t]+\d{1,2})?)[ \t]*[-—–][ \t]*)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTag();

    /// <summary>True when <paramref name="name"/> is a wire tag, with or without its number ("CORRECTED", "Update 2").</summary>
    public static bool IsTag(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.LastIndexOf(' ');
        if (space > 0 && trimmed[(space + 1)..].All(char.IsAsciiDigit)) trimmed = trimmed[..space].TrimEnd();
        return Tags.Contains(trimmed.ToUpperInvariant());
    }

    /// <summary>The title without the wire tags it starts with; the title itself when it is nothing but tags.</summary>
    public static string Strip(string title)
    {
        var rest = title;
        while (LeadingTag().Match(rest) is { Success: true } match && IsTag(match.Groups["tag"].Value))
            rest = rest[match.Length..];
        return string.IsNullOrWhiteSpace(rest) ? title : rest.Trim();
    }
}

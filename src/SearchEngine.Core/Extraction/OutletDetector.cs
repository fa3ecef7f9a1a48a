using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Reads the publisher of an article from the places where a text names its own outlet (a copyright line, a source tag or
/// dateline, "Takeaways by …", a byline with an outlet, a wire signature) and, separately, the outlets it only cites
/// ("The Telegraph reported", "told Axios"). A cited outlet is never taken as publisher. Thread-safe.
/// </summary>
public sealed partial class OutletDetector
{
    private readonly OutletDirectory _directory;

    /// <summary>Outlet names safe in prose, by their first word, longest first: a dictionary probe per capitalised word beats a 300-way regex.</summary>
    private readonly Dictionary<string, string[]> _namesByFirstWord;

    /// <summary>A detector over the shipped outlet table.</summary>
    public static OutletDetector Default { get; } = new(OutletDirectory.Default);

    public OutletDetector(OutletDirectory directory)
    {
        _directory = directory;
        _namesByFirstWord = directory.TextNames
            .GroupBy(FirstWord, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.Ordinal);
        _namesByFirstWordChars = _namesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The same table probed by a word's characters, so no string is made per capitalised word of the text.</summary>
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _namesByFirstWordChars;

    [GeneratedRegex(@"^[ \t]*(?:(?:Copyright|\(c\)|©)[ \t]*)+(?:\d{4}(?:[-–]\d{4})?,?[ \t]*)?(?:by[ \t]+)?(?<name>[A-Z][^\n.,©|]{1,60}?)(?:,?[ \t]+(?:LLC|Inc|Ltd|Limited|Corp|Media Inc))?[ \t]*(?:[.,|]|All rights|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    // "(AP) — …", "WASHINGTON (Reuters) - …", "LONDON, March 3 (Reuters) -", "SANTA ROSA, Calif. (Reuters) -", "(The Guardian) As …"
    // followed by a dash or a new sentence, so a hard-wrapped "(CBC)." or "(ABC) and" mid-sentence is no tag
    [GeneratedRegex(@"^[ \t]*(?<place>[A-Z][A-Za-z.' ]{1,30}(?:,[ \t]*[A-Z][A-Za-z.]{1,14}(?=[ \t]*[,(]|[ \t]+\())?(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]+)?\((?<name>[A-Z][A-Za-z0-9.&' -]{0,40})\)(?:[ \t]*(?<dash>[—–-]{1,2})|(?=[ \t]+[""“‘'(]?[A-Z0-9]))", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SourceTag();

    [GeneratedRegex(@"^[ \t]*(?:Takeaways|Summary|Summarized|Analysis|Reporting|Story|Report|Source|Sources|Credit)(?:[ \t]+by|:)[ \t]+(?<name>[^\n]{2,60}?)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^[ \t]*By[ \t]+[A-Z][^\n]{1,80}?(?:,|\||[ \t]for|[ \t]—|[ \t]-)[ \t]*(?:the[ \t]+)?(?<name>[A-Z][^\n,|]{1,50}?)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BylineWithOutlet();

    // "told the BBC News website": the outlet speaking of itself, as a newsroom does of its own site
    [GeneratedRegex(@"\b(?:told|telling|tells|spoke to|speaking to|said to)[ \t]+the[ \t]+(?<name>[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){0,3})[ \t]+(?:[Nn]ews[ \t]+)?website\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWebsite();

    [GeneratedRegex(@"(?:according to|told|tell|tells|telling|to|interview with|reported by|reports? (?:by|from|in)|reported (?:by|in)|reporting (?:by|from|in)|citing|quoting|cited by|via|published (?:by|in)|wrote (?:in|for)|writing (?:in|for)|op-ed (?:in|for)|column (?:in|for)|piece (?:in|for)|story (?:in|by)|article (?:in|by)|investigation by|analysis by|poll|survey|of|for|at|from|with|on|in)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CitingBefore();

    [GeneratedRegex(@"^(?:['’]s?\s+\w|\s+(?:first\s+|previously\s+|also\s+|later\s+|initially\s+|exclusively\s+)?(?:reported|reports|reporting|has reported|had reported|said|says|wrote|writes|revealed|reveals|learned|obtained|published|found|confirmed|noted|cited|disclosed|broke|quoted|described|calls|called|asked|interviewed|has learned|was first|were first|poll))", RegexOptions.CultureInvariant)]
    private static partial Regex CitingAfter();

    /// <summary>The publisher the text names for itself, and the outlets it cites.</summary>
    /// <param name="text">The article text (with its header lines).</param>
    /// <param name="publisher">A publisher known from metadata; when given, it is kept and not searched for.</param>
    public OutletFindings Detect(string text, string? publisher = null)
    {
        var ownSpans = new List<(int Start, int End)>();
        publisher = _directory.Normalize(publisher) ?? FindPublisher(text, ownSpans);
        var cited = new List<string>();
        foreach (var (index, length) in TextNameMatches(text))
        {
            if (ownSpans.Exists(s => index >= s.Start && index < s.End)) continue;
            var canonical = _directory.FindInText(text.Substring(index, length));
            if (canonical is null || canonical == publisher || cited.Contains(canonical)) continue;
            var before = text.Substring(Math.Max(0, index - 40), Math.Min(40, index));
            var after = text.Substring(index + length, Math.Min(40, text.Length - (index + length)));
            if (CitingBefore().IsMatch(before) || CitingAfter().IsMatch(after)) cited.Add(canonical);
        }
        return new OutletFindings(publisher, cited);
    }

    private static string FirstWord(string name)
    {
        var end = 0;
        while (end < name.Length && char.IsLetterOrDigit(name[end])) end++;
        return name[..end];
    }

    /// <summary>Where known outlet names occur as whole words (not inside a handle, a domain or a longer name).</summary>
    private IEnumerable<(int Index, int Length)> TextNameMatches(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (!char.IsUpper(text[start]) && !char.IsDigit(text[start])) continue;
            if (start > 0 && text[start - 1] is '@' or '/' or '.' or '#' or '-' or '_') continue;
            if (!_namesByFirstWordChars.TryGetValue(text.AsSpan(start, i - start), out var names)) continue;
            foreach (var name in names)
            {
                if (!text.AsSpan(start).StartsWith(name, StringComparison.Ordinal)) continue;
                var end = start + name.Length;
                if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_')) continue;
                if (end + 4 <= text.Length && text.AsSpan(end, 4).Equals(".com", StringComparison.OrdinalIgnoreCase)) continue;
                yield return (start, name.Length);
                i = end;
                break;
            }
        }
    }

    /// <summary>The outlet of a source tag or dateline at the start of <paramref name="line"/> ("(AP) —", "WASHINGTON (Reuters) -"), or null.</summary>
    public string? SourceTagOutlet(string line, out int tagLength)
    {
        tagLength = 0;
        var match = SourceTag().Match(line);
        if (!match.Success || match.Index != 0) return null;
        var outlet = TagOutlet(match);
        if (outlet is not null) tagLength = match.Length;
        return outlet;
    }

    /// <summary>The outlet of a credit line such as "Takeaways by Bloomberg AI", or null.</summary>
    public string? CreditLineOutlet(string line)
    {
        var match = CreditLine().Match(line);
        return match.Success ? _directory.Find(match.Groups["name"].Value) : null;
    }

    private string? TagOutlet(Match match)
    {
        var name = match.Groups["name"].Value.Trim();
        // "(CORRECTED) -", "(RPT)", "(Continued) -" say what happened to the story, not who published it
        if (WireTags.IsTag(name)) return null;
        // A dateline's tag ends in a dash; without one, "CANADIAN PACIFIC (CP) CONFIRMS" is a name with its acronym.
        if (match.Groups["place"].Success && !match.Groups["dash"].Success) return null;
        var known = _directory.Find(name);
        if (known is not null) return known;
        // An unknown tag counts only in the wire-story shape "(Name) —" at the very start of the line, when it looks
        // like a proper name: not "Sen. Chuck Schumer (D-N.Y.) —".
        if (!match.Groups["dash"].Success || match.Groups["place"].Success || name.Split(' ').Length > 5) return null;
        return name.Split(' ').All(w => w.Length > 1 && w.All(c => char.IsLetter(c) || c is '\'' or '&') && (char.IsUpper(w[0]) || w is "of" or "the" or "and"))
            ? name : null;
    }

    private string? FindPublisher(string text, List<(int Start, int End)> ownSpans)
    {
        foreach (Match match in CopyrightLine().Matches(text))
        {
            var name = match.Groups["name"].Value.Trim();
            var known = _directory.Find(name);
            if (known is null && (name.Split(' ').Length > 6 || name.Contains("rights", StringComparison.OrdinalIgnoreCase))) continue;
            ownSpans.Add((match.Index, match.Index + match.Length));
            return known ?? name;
        }

        var head = text.Length > 3000 ? text[..3000] : text;
        foreach (Match match in SourceTag().Matches(head))
        {
            var outlet = TagOutlet(match);
            if (outlet is null) continue;
            ownSpans.Add((match.Index, match.Index + match.Length));
            return outlet;
        }
        foreach (Match match in CreditLine().Matches(head))
        {
            var known = _directory.Find(match.Groups["name"].Value);
            if (known is null) continue;
            ownSpans.Add((match.Index, match.Index + match.Length));
            return known;
        }
        foreach (Match match in BylineWithOutlet().Matches(head))
        {
            var known = _directory.Find(match.Groups["name"].Value);
            if (known is null) continue;
            ownSpans.Add((match.Index, match.Index + match.Length));
            return known;
        }

        if (OutletUnderByline(head, ownSpans) is { } credited) return credited;

        // A wire signature on the last line: " Reuter", "— AP".
        var trimmed = text.TrimEnd();
        var lastBreak = trimmed.LastIndexOf('\n');
        var lastLine = trimmed[(lastBreak + 1)..].Trim().Trim('—', '–', '-', '(', ')', ' ');
        if (lastLine.Length is > 1 and < 40)
        {
            var signature = _directory.Find(lastLine);
            if (signature is not null)
            {
                ownSpans.Add((lastBreak + 1, trimmed.Length));
                return signature;
            }
        }

        foreach (Match match in OwnWebsite().Matches(text))
        {
            var known = _directory.FindInText(match.Groups["name"].Value);
            if (known is null) continue;
            ownSpans.Add((match.Index, match.Index + match.Length));
            return known;
        }
        return null;
    }

    /// <summary>
    /// A line holding only a known outlet's name right under the byline ("Tom Vanden Brook" then "USA TODAY"), among the
    /// first lines: the publisher credits itself (or the wire whose story it runs) beside the author.
    /// </summary>
    private string? OutletUnderByline(string head, List<(int Start, int End)> ownSpans)
    {
        string? previous = null;
        var lines = 0;
        foreach (var range in head.AsSpan().Split('\n'))
        {
            var line = head[range].Trim();
            if (line.Length == 0) continue;
            if (++lines > 8) break;
            if (previous is not null && line.Length < 40 && IsByline(previous) && _directory.FindInText(line) is { } known)
            {
                var (start, length) = range.GetOffsetAndLength(head.Length);
                ownSpans.Add((start, start + length));
                return known;
            }
            previous = line;
        }
        return null;
    }

    /// <summary>"By Jane Doe", "Jane Doe", or "David Jackson and Bart Jansen": names, one at least with a known given name.</summary>
    private static bool IsByline(string line)
    {
        if (BylineExtractor.FromByLine(line) is not null) return true;
        var names = line.Split([" and ", ", ", " & "], StringSplitOptions.TrimEntries);
        return names.All(name => name.Split(' ') is { Length: >= 2 and <= 4 } words && words.All(w => w.Length > 1 && char.IsUpper(w[0])))
            && names.Any(name => BylineExtractor.FromNameLine(name) is not null);
    }
}

using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Finds the lines of an article that credit its makers rather than talk about anyone: the byline at the top ("By …",
/// "Written by …", a line of names only, as long as the story does not go on to name them) and sign-offs anywhere
/// ("Dave Boyer contributed to this report.", "Reporting by …; Editing by …", "Follow Justin on Twitter"). The names on
/// them are the article's authors, not persons it names.
/// </summary>
internal static partial class CreditLines
{
    private const int HeaderLines = 5;

    [GeneratedRegex(@"\bcontributed(?:\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|research))?\s*[.)]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContributedSignOff();

    [GeneratedRegex(@"^\W{0,3}(?:(?:Additional\s+)?(?:Reporting|Editing|Writing|Compiled|Produced|Research|Graphics|Photos?)\s+by\b|Follow\s+[^\n]{1,60}\s+on\s+(?:Twitter|X|Facebook|Instagram)\b|Contact\s+(?:the\s+)?(?:author|reporter|writer)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignOffStart();

    /// <summary>The zero-based numbers of the credit lines of <paramref name="text"/>.</summary>
    public static HashSet<int> Find(string text)
    {
        var result = new HashSet<int>();
        var lineNumber = 0;
        var contentLines = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).Trim().ToString();
            if (line.Length > 0)
            {
                contentLines++;
                if (line.Length < 300 && (SignOffStart().IsMatch(line)
                                          || line.Length < 160 && line.Contains("contributed", StringComparison.Ordinal) && ContributedSignOff().IsMatch(line)))
                    result.Add(lineNumber);
                else if (contentLines <= HeaderLines && IsByline(text, line, end)) result.Add(lineNumber);
            }
            lineNumber++;
            start = end + 1;
        }
        return result;
    }

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    private static bool IsByline(string text, string line, int lineEnd)
    {
        if (line.Length > 160) return false;
        if (BylineExtractor.FromByLine(line) is not null || BylineExtractor.FromWrittenBy(line) is not null) return true;
        // "Tom Vanden Brook", "David Jackson and Bart Jansen and Michael Collins": names only, not named again below
        var names = NameSeparator().Split(line).Where(n => n.Length > 0).ToList();
        if (names.Count is 0 or > 4) return false;
        return names.All(name => BylineExtractor.FromNameLine(name) is not null && !BylineExtractor.NamedAgain(text, name, lineEnd));
    }
}

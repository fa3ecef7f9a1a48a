using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>
/// Finds an article's own date in its header lines ("Written by // November 24, 2025", "Published: 2019-03-04"), and
/// recognises date headings without a year ("18 November") that digests use. Relative words ("Friday") are never
/// turned into dates. A date-shaped string that names no real day is reported, not guessed.
/// </summary>
public static partial class DateExtractor
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?:(?<md>(?:" + Month + @")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})|(?<dm>\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:" + Month + @")\.?,?[ \t]+\d{4})|(?<iso>\d{4}-\d{2}-\d{2}))\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?(?<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:" + Month + @")|(?:" + Month + @")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthLine();

    /// <summary>The first explicit, complete date in the first lines of <paramref name="text"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="warnings">Receives a note for a date-shaped string that is not a real date.</param>
    /// <param name="maxLines">How many leading lines count as the header.</param>
    public static DateOnly? FromHeader(string text, List<string> warnings, int maxLines = 6)
    {
        var lineStart = 0;
        for (var line = 0; line < maxLines && lineStart < text.Length; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var length = lineEnd - lineStart;
            if (length is > 0 and <= 160)
            {
                var found = InLine(text.Substring(lineStart, length), warnings);
                if (found is not null) return found;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /// <summary>The first explicit, complete date written in one line, or null.</summary>
    public static DateOnly? InLine(string line, List<string> warnings)
    {
        var match = FullDate().Match(line);
        if (!match.Success) return null;
        var parsed = NewsDate.TryParse(match.Value);
        if (parsed is null) warnings.Add($"malformed date '{match.Value}'");
        return parsed;
    }

    /// <summary>True when the whole line is a day and month without a year ("18 November"), as digests head their days.</summary>
    public static bool IsDayMonthHeading(string line, out string dayAndMonth)
    {
        var match = DayMonthLine().Match(line);
        dayAndMonth = match.Success ? match.Groups["date"].Value : "";
        return match.Success;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchEngine.Core.Extraction;

/// <summary>Parses the explicit date formats news metadata and header lines use. Anything else is malformed, never guessed.</summary>
public static partial class NewsDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "dd-MMM-yyyy HH:mm:ss.ff", "d-MMM-yyyy HH:mm:ss.ff", "dd-MMM-yyyy HH:mm:ss", "dd-MMM-yyyy", "d-MMM-yyyy",
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMMM, yyyy", "d MMM yyyy",
        "dddd, MMMM d, yyyy", "dddd d MMMM yyyy", "dddd, d MMMM yyyy", "ddd, d MMM yyyy", "ddd, dd MMM yyyy HH:mm:ss", "ddd, dd MMM yyyy HH:mm:ss K",
        // Slashed day-month orders (9/6/17) are ambiguous between US and UK use: malformed, not guessed.
        "yyyyMMdd",
    ];

    [GeneratedRegex(@"(?<=\d)(st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\bSept\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Sept();

    /// <summary>The date a string names, or null when it is empty or malformed.</summary>
    public static DateOnly? TryParse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        if (text.Contains("Sept", StringComparison.Ordinal)) text = Sept().Replace(text, "Sep");
        if (text.Contains("st", StringComparison.Ordinal) || text.Contains("nd", StringComparison.Ordinal)
            || text.Contains("rd", StringComparison.Ordinal) || text.Contains("th", StringComparison.Ordinal))
            text = Ordinal().Replace(text, "");
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var parsed)
            && parsed.Year is >= 1800 and <= 2200)
            return DateOnly.FromDateTime(parsed);
        return null;
    }

    /// <summary>A date written without its year ("18 November", "Nov. 18"), placed in the year that puts it no later than a month after <paramref name="anchor"/>.</summary>
    public static DateOnly? WithYearFrom(string dayAndMonth, DateOnly anchor)
    {
        var trimmed = dayAndMonth.Trim().TrimEnd('.', ',', ':');
        foreach (var year in new[] { anchor.Year, anchor.Year - 1, anchor.Year + 1 })
        {
            var parsed = TryParse($"{trimmed} {year}") ?? TryParse($"{trimmed}, {year}");
            if (parsed is { } date && date <= anchor.AddDays(31) && date > anchor.AddDays(-335)) return date;
        }
        return null;
    }
}

using System.Globalization;

namespace SearchEngine.Core.Extraction;

/// <summary>Parses the explicit date formats news metadata uses. Anything else is malformed, never guessed.</summary>
public static class NewsDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
        "dd-MMM-yyyy HH:mm:ss.ff", "d-MMM-yyyy HH:mm:ss.ff", "dd-MMM-yyyy", "d-MMM-yyyy",
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd, MMMM d, yyyy", "dddd d MMMM yyyy",
    ];

    /// <summary>The date a string names, or null when it is empty or malformed.</summary>
    public static DateOnly? TryParse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var parsed)
            && parsed.Year is >= 1800 and <= 2200)
            return DateOnly.FromDateTime(parsed);
        return null;
    }
}

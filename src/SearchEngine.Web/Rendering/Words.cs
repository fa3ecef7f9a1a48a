using System.Globalization;

namespace SearchEngine.Web.Rendering;

/// <summary>Counted nouns as the pages write them: "1 article", "1,012 articles", "2 stories".</summary>
public static class Words
{
    /// <summary>The number with thousands separators and the noun, singular for exactly one; <paramref name="many"/> when the plural is not the singular plus "s".</summary>
    public static string Count(int n, string one, string? many = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    /// <summary>The text cut to about <paramref name="max"/> characters at a word boundary, with "…" when cut: for a title or heading that repeats what was typed.</summary>
    public static string Shorten(string text, int max = 120)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= max) return trimmed;
        var cut = trimmed.LastIndexOf(' ', max);
        var end = cut > max / 2 ? cut : char.IsHighSurrogate(trimmed[max - 1]) ? max - 1 : max;
        return trimmed[..end].TrimEnd() + "…";
    }
}

using System.Globalization;

namespace SearchEngine.Web.Coverage;

/// <summary>Small pieces of journalist's English shared by the evidence panel and the one-line reasons.</summary>
internal static class EvidenceWords
{
    /// <summary>"1 person", "3 people"; the plural given when it is not the singular plus "s".</summary>
    public static string Count(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    /// <summary>"on the same day", "1 day apart", "12 days apart".</summary>
    public static string Apart(int days) => days == 0 ? "on the same day" : Count(days, "day") + " apart";

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>The items, then "and N more" when the list was cut.</summary>
    public static string List(IReadOnlyList<string> items, int total) =>
        total > items.Count ? string.Join(", ", items) + " and " + Count(total - items.Count, "more", "more") : List(items);

    /// <summary>A quotation cut to about <paramref name="max"/> characters at a word boundary, in curly quotes.</summary>
    public static string Quoted(string text, int max = 160)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > max)
        {
            var cut = trimmed.LastIndexOf(' ', max);
            trimmed = trimmed[..(cut > max / 2 ? cut : max)] + "…";
        }
        return "\u201C" + trimmed + "\u201D";
    }
}

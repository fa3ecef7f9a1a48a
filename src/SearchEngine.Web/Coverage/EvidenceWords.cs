using SearchEngine.Web.Rendering;

namespace SearchEngine.Web.Coverage;

/// <summary>Small pieces of journalist's English shared by the evidence panel and the one-line reasons.</summary>
internal static class EvidenceWords
{
    /// <summary>"on the same day", "1 day apart", "12 days apart".</summary>
    public static string Apart(int days) => days == 0 ? "on the same day" : Words.Count(days, "day") + " apart";

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>The items, then "and N more" when the list was cut.</summary>
    public static string List(IReadOnlyList<string> items, int total) =>
        total > items.Count ? string.Join(", ", items) + " and " + Words.Count(total - items.Count, "more", "more") : List(items);

    /// <summary>A quotation cut to about <paramref name="max"/> characters at a word boundary, in curly quotes.</summary>
    public static string Quoted(string text, int max = 160) => "\u201C" + Words.Shorten(text, max) + "\u201D";
}

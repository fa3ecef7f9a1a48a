using System.Text.RegularExpressions;

namespace CorpusGenerator.Tests;

/// <summary>The test's own 5-shingle Jaccard over words (runs of letters and digits, lower-cased), kept as strings.</summary>
public static partial class TextMeasures
{
    public static HashSet<string> Shingles(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 5 <= words.Count; i++) set.Add(string.Join(' ', words.GetRange(i, 5)));
        return set;
    }

    public static double Jaccard(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        var shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    public static string NormaliseWhitespace(string text) => Space().Replace(text, " ").Trim();

    public static HashSet<string> Numbers(string text) => Number().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\d[\d,.]*\d|\d")]
    private static partial Regex Number();
}

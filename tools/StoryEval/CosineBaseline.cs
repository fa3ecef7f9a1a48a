using System.Text.RegularExpressions;

namespace StoryEval;

/// <summary>
/// The issue's yardstick: two articles are one story when the cosine of their TF-IDF vectors (lower-cased words, raw
/// term frequency, IDF ln(N / df) over the labelled set itself) reaches a threshold. No clustering.
/// </summary>
public static partial class CosineBaseline
{
    public static IEnumerable<(string, string)> Pairs(string corpus, IReadOnlyList<string> files, double threshold)
    {
        var counts = files.ToDictionary(f => f, f => Words().Matches(File.ReadAllText(Path.Combine(corpus, "txt", f)).ToLowerInvariant())
            .GroupBy(m => m.Value).ToDictionary(g => g.Key, g => (double)g.Count()));
        var df = counts.Values.SelectMany(c => c.Keys).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var vectors = counts.ToDictionary(p => p.Key, p =>
        {
            var v = p.Value.ToDictionary(w => w.Key, w => w.Value * Math.Log((double)files.Count / df[w.Key]));
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            return (Vector: v, Norm: norm);
        });
        for (var i = 0; i < files.Count; i++)
            for (var j = i + 1; j < files.Count; j++)
            {
                var (a, b) = (vectors[files[i]], vectors[files[j]]);
                var dot = a.Vector.Sum(w => b.Vector.TryGetValue(w.Key, out var x) ? w.Value * x : 0);
                if (a.Norm > 0 && b.Norm > 0 && dot / (a.Norm * b.Norm) >= threshold) yield return (files[i], files[j]);
            }
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}']*|\p{Nd}+")]
    private static partial Regex Words();
}

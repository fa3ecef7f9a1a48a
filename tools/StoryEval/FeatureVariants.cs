using SearchEngine.Core.Duplicates;

namespace StoryEval;

/// <summary>Tuning aid: cosines over the fingerprint's story fields with other weights per kind, and IDF from the background or from the set itself.</summary>
internal static class FeatureVariants
{
    public sealed record Variant(string Name, double Terms, double Persons, double Names, double Numbers, double Quotes, bool LocalIdf, bool LogTf = true);

    public static readonly Variant[] All =
    [
        new("engine kinds, background idf", 1, 1.5, 1, 1.5, 1.5, false),
        new("terms only, background idf", 1, 0, 0, 0, 0, false),
        new("terms only, local idf", 1, 0, 0, 0, 0, true),
        new("terms only, raw tf, local idf", 1, 0, 0, 0, 0, true, false),
        new("terms+persons+names, background", 1, 1.5, 1, 0, 0, false),
        new("terms+persons+names+numbers, bg", 1, 1.5, 1, 1, 0, false),
        new("terms+persons+names, local", 1, 1.5, 1, 0, 0, true),
    ];

    public static Dictionary<uint, double>[] Vectors(Variant v, IReadOnlyList<ArticleFingerprint> prints, BackgroundFrequencies background)
    {
        var raw = prints.Select(f =>
        {
            var d = new Dictionary<uint, double>();
            void Put(uint key, double w) { if (w > 0) d[key] = Math.Max(d.GetValueOrDefault(key), w); }
            foreach (var t in f.Terms) Put(Tag(t.Hash, 1), v.Terms * (v.LogTf ? 1 + Math.Log(t.Count) : t.Count));
            foreach (var h in f.Persons) Put(Tag(h, 2), v.Persons);
            foreach (var h in f.Names) Put(Tag(h, 3), v.Names);
            foreach (var h in f.Numbers) Put(Tag(h, 4), v.Numbers);
            foreach (var h in f.Quotes) Put(Tag(h, 5), v.Quotes);
            return d;
        }).ToArray();
        var df = raw.SelectMany(d => d.Keys).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        return raw.Select(d => d.ToDictionary(p => p.Key, p => p.Value * (v.LocalIdf ? Math.Log((double)raw.Length / df[p.Key]) : background.Idf(p.Key)))).ToArray();
    }

    private static uint Tag(uint hash, uint kind) => StoryFeatures.Tag(hash, kind);

    public static double Cosine(Dictionary<uint, double> a, Dictionary<uint, double> b)
    {
        double dot = 0;
        foreach (var (k, w) in a) if (b.TryGetValue(k, out var x)) dot += w * x;
        var n = Math.Sqrt(a.Values.Sum(x => x * x)) * Math.Sqrt(b.Values.Sum(x => x * x));
        return n == 0 ? 0 : dot / n;
    }
}

using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;

namespace StoryEval;

/// <summary>Tuning aid: term vectors that weigh the title and the lead more than the rest, optionally cut to the top terms.</summary>
internal static class LeadVariants
{
    public sealed record Variant(string Name, double Title, double Lead, int LeadWords, int TopTerms, double Names = 0, double Numbers = 0, double Persons = 0);

    public static readonly Variant[] All =
    [
        new("body only", 1, 1, 0, 0),
        new("title x3", 3, 1, 0, 0),
        new("title x3 lead150 x2", 3, 2, 150, 0),
        new("title x3 lead100 x3", 3, 3, 100, 0),
        new("title x3 lead150 x2 top50", 3, 2, 150, 50),
        new("title x3 lead150 x2 top100", 3, 2, 150, 100),
        new("title x3 lead150 x2 +names", 3, 2, 150, 0, 1),
        new("title x3 lead150 x2 +persons", 3, 2, 150, 0, 0, 0, 2),
        new("title x3 lead150 x2 +numbers", 3, 2, 150, 0, 0, 1),
    ];

    public static Dictionary<uint, double>[] Vectors(Variant v, IReadOnlyList<Article> articles, IReadOnlyList<ArticleFingerprint> prints, BackgroundFrequencies background) =>
        [.. articles.Select((article, index) =>
        {
            var tf = new Dictionary<uint, double>();
            void Count(string text, Func<int, double> weight)
            {
                var tokens = TextNormalizer.Tokenize(text);
                for (var i = 0; i < tokens.Count; i++)
                {
                    var t = tokens[i];
                    if (t.Kind == WordKind.Number || t.End - t.Start < 3 || StopWords.Contains(t.Hash)) continue;
                    var key = StoryFeatures.Tag(Hash64.Fold(t.Hash), 1);
                    tf[key] = tf.GetValueOrDefault(key) + weight(i);
                }
            }
            Count(article.Title, _ => v.Title);
            Count(article.Text, i => i < v.LeadWords ? v.Lead : 1);
            var vector = tf.ToDictionary(p => p.Key, p => (1 + Math.Log(p.Value)) * background.Idf(p.Key));
            if (v.TopTerms > 0) vector = vector.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(v.TopTerms).ToDictionary(p => p.Key, p => p.Value);
            var print = prints[index];
            foreach (var h in print.Names) if (v.Names > 0) vector[StoryFeatures.Tag(h, 3)] = v.Names * background.Idf(StoryFeatures.Tag(h, 3));
            foreach (var h in print.Numbers) if (v.Numbers > 0) vector[StoryFeatures.Tag(h, 4)] = v.Numbers * background.Idf(StoryFeatures.Tag(h, 4));
            foreach (var h in print.Persons) if (v.Persons > 0) vector[StoryFeatures.Tag(h, 2)] = v.Persons * background.Idf(StoryFeatures.Tag(h, 2));
            return vector;
        })];
}

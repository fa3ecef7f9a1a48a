using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;

namespace StoryEval;

/// <summary>
/// Tuning aid: the engine's pair scores for every labelled pair (from the articles as indexed), how they spread over
/// same-story and other pairs, and the pairwise figures of the clustering rules over a grid of thresholds.
/// </summary>
internal static class StoryGrid
{
    public static void Run(StoryLabels labels, string index, string corpus)
    {
        using var searcher = new ArticleSearcher(index);
        var scorer = DuplicateScorer.Default;
        var builder = new FingerprintBuilder(scorer.Options);
        var files = labels.Files;
        var articles = files.Select(f => searcher.GetArticlesFromFile(Path.Combine("txt", f)).Select(s => searcher.GetArticle(s.Id)!).First()).ToList();
        var fingerprints = articles.Select(builder.Build).ToList();
        var vectors = fingerprints.Select(scorer.Vector).ToList();
        var shingles = articles.Select(a => builder.ShinglesOf(a.Text)).ToList();
        var pairs = new List<(int A, int B, double Story, double Near, bool Same)>();
        for (var i = 0; i < files.Count; i++)
            for (var j = i + 1; j < files.Count; j++)
                pairs.Add((i, j, scorer.Story(vectors[i], vectors[j]), scorer.Near(shingles[i], shingles[j]), labels.StoryOf[files[i]] == labels.StoryOf[files[j]]));

        var variants = FeatureVariants.All.Select(v => (v.Name, Vectors: FeatureVariants.Vectors(v, fingerprints, scorer.Background)))
            .Concat(LeadVariants.All.Select(v => (v.Name, Vectors: LeadVariants.Vectors(v, articles, fingerprints, scorer.Background))));
        foreach (var variant in variants)
        {
            var vs = variant.Vectors;
            var scored = pairs.Select(p => (p.A, p.B, Score: Dated(FeatureVariants.Cosine(vs[p.A], vs[p.B]), fingerprints[p.A].Date, fingerprints[p.B].Date, scorer.Options), p.Near, p.Same)).ToList();
            var pos = scored.Where(p => p.Same).Select(p => p.Score).Order().ToList();
            var best = new[] { 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4 }
                .Select(t => (t, PairScore.Of(labels, scored.Where(p => p.Score >= t || p.Near > 0).Select(p => (files[p.A], files[p.B])))))
                .MaxBy(x => x.Item2.F1);
            var bestAvg = new[] { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35 }.Select(t =>
            {
                var links = scored.Where(p => p.Score >= 0.05 || p.Near > 0).Select(p => new ClusterLink(p.A, p.B, false, (float)p.Near, (float)p.Score)).ToList();
                return (t, PairScore.Of(labels, DuplicateClustering.Stories(files.Count, links, t).Select(c => c.Select(i => files[i]).ToList())));
            }).MaxBy(x => x.Item2.F1);
            if (Environment.GetEnvironmentVariable("STORY_ERRORS") == variant.Name)
                foreach (var p in scored.Where(p => p.Same != (p.Score >= 0.25)).OrderBy(p => p.Same).ThenByDescending(p => p.Score))
                    Console.WriteLine($"    {(p.Same ? "missed" : "wrong ")} {p.Score:F2} q{Shared(fingerprints[p.A].Quotes, fingerprints[p.B].Quotes)} n{Shared(fingerprints[p.A].Numbers, fingerprints[p.B].Numbers)} p{Shared(fingerprints[p.A].Persons, fingerprints[p.B].Persons)} | {articles[p.A].Title[..Math.Min(70, articles[p.A].Title.Length)]} | {articles[p.B].Title[..Math.Min(70, articles[p.B].Title.Length)]}");
            Console.WriteLine($"  {variant.Name,-36} median same {Median(pos):F2}; best pairwise t {best.t:F2} {best.Item2}; best avg-link t {bestAvg.t:F2} {bestAvg.Item2}");
        }

        var positives = pairs.Where(p => p.Same).Select(p => p.Story).Order().ToList();
        var negatives = pairs.Where(p => !p.Same).Select(p => p.Story).OrderDescending().ToList();
        Console.WriteLine($"  story score, same-story pairs: min {positives.FirstOrDefault():F3} median {Median(positives):F3}; other pairs: top 10 {string.Join(" ", negatives.Take(10).Select(x => x.ToString("F2")))}");

        Console.WriteLine("  pairwise (score >= t, no clustering):");
        foreach (var t in new[] { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35 })
            Console.WriteLine($"    t {t:F2}  {PairScore.Of(labels, pairs.Where(p => p.Story >= t || p.Near > 0).Select(p => (files[p.A], files[p.B])))}");
        Console.WriteLine("  average linkage (links >= l, merge while average >= t):");
        foreach (var l in new[] { 0.1, 0.15, 0.2 })
            foreach (var t in new[] { 0.15, 0.2, 0.25, 0.3, 0.35 })
            {
                if (t < l) continue;
                var links = pairs.Where(p => p.Story >= l || p.Near > 0)
                    .Select(p => new ClusterLink(p.A, p.B, false, (float)p.Near, p.Story >= l ? (float)p.Story : 0)).ToList();
                var clusters = DuplicateClustering.Stories(files.Count, links, t).Select(c => c.Select(i => files[i]).ToList());
                Console.WriteLine($"    l {l:F2} t {t:F2}  {PairScore.Of(labels, clusters)}");
            }
    }

    /// <summary>The engine's date rule: full score within the window, halved every half-life beyond it.</summary>
    private static double Dated(double cosine, DateOnly? a, DateOnly? b, DuplicateOptions options)
    {
        if (a is not { } da || b is not { } db) return cosine;
        var days = Math.Abs(da.DayNumber - db.DayNumber) - options.StoryWindowDays;
        return days <= 0 ? cosine : cosine * Math.Pow(0.5, days / options.StoryHalfLifeDays);
    }

    private static int Shared(uint[] a, uint[] b) => a.Intersect(b).Count();

    private static double Median(List<double> sorted) => sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
}

using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;

namespace StoryEval;

/// <summary>
/// Tuning aid: the engine's story scores for every labelled pair (articles as indexed, frequencies of the labelled set
/// itself as the engine would count them in an archive of these articles), how they spread over same-story and other
/// pairs, and the pairwise figures of average linkage over a grid of thresholds and background weights.
/// </summary>
internal static class StoryGrid
{
    public static void Run(StoryLabels labels, string index)
    {
        using var searcher = new ArticleSearcher(index);
        var files = labels.Files;
        var articles = files.Select(f => searcher.GetArticlesFromFile(Path.Combine("txt", f)).Select(s => searcher.GetArticle(s.Id)!).First()).ToList();
        foreach (var weight in new[] { 0.25, 1.0, 4.0 })
        {
            var scorer = new DuplicateScorer(new DuplicateOptions { BackgroundWeight = weight });
            var builder = new FingerprintBuilder(scorer.Options);
            var fingerprints = articles.Select(builder.Build).ToList();
            var frequencies = FeatureFrequencies.Count(fingerprints.Select(StoryFeatures.Of), scorer.Background, weight);
            var vectors = fingerprints.Select(f => scorer.Vector(f, frequencies)).ToList();
            var shingles = articles.Select(a => builder.ShinglesOf(a.Text)).ToList();
            var pairs = new List<(int A, int B, double Story, double Near, bool Same)>();
            for (var i = 0; i < files.Count; i++)
                for (var j = i + 1; j < files.Count; j++)
                    pairs.Add((i, j, scorer.Story(vectors[i], vectors[j]), scorer.Near(shingles[i], shingles[j]), labels.StoryOf[files[i]] == labels.StoryOf[files[j]]));
            var positives = pairs.Where(p => p.Same).Select(p => p.Story).Order().ToList();
            Console.WriteLine($"  background weight {weight}: same-story score median {positives[positives.Count / 2]:F3}");
            foreach (var t in new[] { 0.1, 0.15, 0.2, 0.25, 0.3 })
            {
                var links = pairs.Where(p => p.Story >= scorer.Options.StoryLinkThreshold || p.Near > 0)
                    .Select(p => new ClusterLink(p.A, p.B, false, (float)p.Near, (float)p.Story)).ToList();
                var clusters = DuplicateClustering.Stories(files.Count, links, t).Select(c => c.Select(i => files[i]).ToList());
                Console.WriteLine($"    average linkage t {t:F2}  {PairScore.Of(labels, clusters)}");
                if (weight != new DuplicateOptions().BackgroundWeight) continue;
                var strong = links.Where(l => l.Story >= t || l.Near > 0).ToList();
                Console.WriteLine($"      pairs >= t       {PairScore.Of(labels, strong.Select(l => (files[l.A], files[l.B])))}");
                Console.WriteLine($"      components >= t  {PairScore.Of(labels, DuplicateClustering.Components(files.Count, strong, _ => true).Select(c => c.Select(i => files[i]).ToList()))}");
                Console.WriteLine($"      majority join    {PairScore.Of(labels, MajorityJoin(files.Count, strong, fingerprints).Select(c => c.Select(i => files[i]).ToList()))}");
            }
        }
    }

    /// <summary>
    /// The rule the engine used before, re-implemented here for comparison only (without its re-assignment on removal): articles added oldest first; one joins a cluster only if
    /// it links to a strict majority of its members, else starts one with its best unclustered neighbour.
    /// </summary>
    private static List<List<int>> MajorityJoin(int count, List<ClusterLink> links, List<ArticleFingerprint> fingerprints)
    {
        var neighbours = Enumerable.Range(0, count).Select(_ => new Dictionary<int, double>()).ToArray();
        foreach (var l in links) { neighbours[l.A][l.B] = l.Story; neighbours[l.B][l.A] = l.Story; }
        var clusterOf = new Dictionary<int, List<int>>();
        var added = new HashSet<int>();
        foreach (var article in Enumerable.Range(0, count).OrderBy(i => fingerprints[i].Date ?? DateOnly.MaxValue).ThenBy(i => i))
        {
            var near = neighbours[article].Keys.Where(added.Contains).ToList();
            added.Add(article);
            var best = near.Where(clusterOf.ContainsKey).Select(n => clusterOf[n]).Distinct()
                .Where(c => 2 * c.Count(neighbours[article].ContainsKey) > c.Count)
                .OrderByDescending(c => c.Sum(m => neighbours[article].GetValueOrDefault(m)) / c.Count).FirstOrDefault();
            if (best is null)
            {
                var partner = near.Where(n => !clusterOf.ContainsKey(n)).OrderByDescending(n => neighbours[article][n]).Cast<int?>().FirstOrDefault();
                if (partner is not { } p) continue;
                best = [p];
                clusterOf[p] = best;
            }
            best.Add(article);
            clusterOf[article] = best;
        }
        return [.. clusterOf.Values.Distinct()];
    }
}

using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace StoryEval;

/// <summary>
/// Recall and precision of the duplicate levels on a generated corpus (tools/CorpusGenerator): every planted copy is
/// expected in one cluster with its source at its level (exact copy: exact, near copy: near, rewrite: story), and a
/// clustered pair counts as right when both files come from the same base article (sources.tsv). Real duplicates among
/// the base articles themselves count as wrong, so precision is a lower bound.
/// </summary>
internal static class PlantedPairs
{
    public static void Run(string corpus, string index)
    {
        var baseOf = File.ReadLines(Path.Combine(corpus, "sources.tsv")).Skip(1).Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c[2]);
        var planted = File.ReadLines(Path.Combine(corpus, "ground-truth.tsv")).Skip(1).Select(l => l.Split('\t'))
            .Select(c => (Kind: c[0], File: c[1], Source: c[2])).ToList();
        using var searcher = new ArticleSearcher(index);
        foreach (var (level, kinds) in new[] { (DuplicateLevel.Exact, new[] { "exact" }), (DuplicateLevel.Near, new[] { "exact", "near" }), (DuplicateLevel.Story, new[] { "exact", "near", "rewrite" }) })
        {
            var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
            long pairs = 0, right = 0;
            var clusters = searcher.GetCoverage(new SearchRequest(), level, int.MaxValue);
            for (var c = 0; c < clusters.Count; c++)
            {
                var files = clusters[c].Members.Select(m => Relative(corpus, searcher.GetArticle(m.Article.Id)!.SourcePath)).ToList();
                foreach (var file in files) clusterOf[file] = c;
                var bases = files.Select(f => baseOf.GetValueOrDefault(f, f)).GroupBy(b => b).Select(g => (long)g.Count()).ToList();
                pairs += (long)files.Count * (files.Count - 1) / 2;
                right += bases.Sum(n => n * (n - 1) / 2);
            }
            var expected = planted.Where(p => kinds.Contains(p.Kind)).ToList();
            var found = expected.Count(p => clusterOf.TryGetValue(p.File, out var a) && clusterOf.TryGetValue(p.Source, out var b) && a == b);
            Console.WriteLine($"{level.ToString().ToLowerInvariant(),-6} {clusters.Count:N0} clusters; planted {string.Join("+", kinds)} pairs found {found:N0} of {expected.Count:N0} " +
                              $"(recall {(double)found / Math.Max(1, expected.Count):P2}); clustered pairs from one base article {right:N0} of {pairs:N0} (precision {(double)right / Math.Max(1, pairs):P2})");
            foreach (var kind in kinds)
            {
                var ofKind = expected.Where(p => p.Kind == kind).ToList();
                var hits = ofKind.Count(p => clusterOf.TryGetValue(p.File, out var a) && clusterOf.TryGetValue(p.Source, out var b) && a == b);
                Console.WriteLine($"         {kind,-8} {hits:N0} of {ofKind.Count:N0} ({(double)hits / Math.Max(1, ofKind.Count):P2})");
            }
        }
    }

    private static string Relative(string corpus, string path) => Path.IsPathRooted(path) ? Path.GetRelativePath(corpus, path).Replace('\\', '/') : path.Replace('\\', '/');
}

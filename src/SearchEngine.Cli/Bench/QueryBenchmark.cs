using System.Diagnostics;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Bench;

/// <summary>
/// Times the full search a user waits for (top 10 with highlighted title and snippet, the exact total, every facet
/// and the date histogram) over a file of classed queries, single-threaded.
/// </summary>
internal sealed class QueryBenchmark(ArticleSearcher searcher)
{
    public sealed record Query(string Class, string Text);

    public sealed record ClassFigures(string Class, int Queries, double P50Ms, double P95Ms, double MeanMs, double MaxMs);

    public sealed record Figures(int Queries, int Passes, double P50Ms, double P95Ms, double QueriesPerSecond, IReadOnlyList<ClassFigures> Classes, IReadOnlyList<string> Errors);

    public static IReadOnlyList<Query> Load(string path) =>
        File.ReadLines(path)
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => parts.Length == 2 ? new Query(parts[0].Trim(), parts[1].Trim()) : new Query("default", parts[0].Trim()))
            .ToList();

    public Figures Run(IReadOnlyList<Query> queries, int warmup, int passes)
    {
        var errors = new List<string>();
        // First the warm-up the web app runs at start (its own searches, none of these), as users meet it.
        SearchWarmUp.Run(searcher);
        for (var i = 0; i < warmup; i++)
            foreach (var query in queries) Search(query.Text);

        var samples = new List<(string Class, double Ms)>();
        var total = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
            foreach (var query in queries)
            {
                var clock = Stopwatch.StartNew();
                var result = Search(query.Text);
                samples.Add((query.Class, clock.Elapsed.TotalMilliseconds));
                if (pass == 0 && result.Error is not null) errors.Add($"{query.Text}: {result.Error}");
            }
        total.Stop();

        var classes = samples.GroupBy(s => s.Class).Select(g =>
        {
            var ms = g.Select(s => s.Ms).Order().ToArray();
            return new ClassFigures(g.Key, ms.Length / passes, Percentile(ms, 50), Percentile(ms, 95), ms.Average(), ms[^1]);
        }).ToList();
        var all = samples.Select(s => s.Ms).Order().ToArray();
        return new Figures(queries.Count, passes, Percentile(all, 50), Percentile(all, 95),
            samples.Count / total.Elapsed.TotalSeconds, classes, errors);
    }

    private SearchResult Search(string query) =>
        searcher.Search(new SearchRequest { Query = query, PageSize = 10, FacetSize = 10 });

    private static double Percentile(double[] sorted, int percent)
    {
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}

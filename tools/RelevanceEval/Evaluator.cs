using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace RelevanceEval;

/// <summary>Runs judged queries against an index under one boost configuration.</summary>
public static class Evaluator
{
    /// <summary>The ids of the top <paramref name="depth"/> hits for each query, ranked under <paramref name="config"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rank(string indexDirectory, BoostConfig config, IEnumerable<string> queries, int depth = 10)
    {
        using var searcher = new ArticleSearcher(indexDirectory, config.Weights);
        return queries
            .Select(q => (IReadOnlyList<string>)searcher.Search(new SearchRequest { Query = q, PageSize = depth, IncludeFacets = false })
                .Hits.Select(h => h.Id).ToList())
            .ToList();
    }

    /// <summary>Per-query nDCG@10 and P@5 of <paramref name="queries"/> under <paramref name="config"/>.</summary>
    public static IReadOnlyList<(JudgedQuery Query, double Ndcg, double Precision)> PerQuery(
        string indexDirectory, BoostConfig config, IReadOnlyList<JudgedQuery> queries)
    {
        var ranked = Rank(indexDirectory, config, queries.Select(q => q.Query));
        return queries.Select((q, i) => (q, Metrics.Ndcg(ranked[i], q.Grades), Metrics.Precision(ranked[i], q.Grades))).ToList();
    }

    /// <summary>The mean nDCG@10 and P@5 of <paramref name="queries"/> under <paramref name="config"/>.</summary>
    public static Score Mean(string indexDirectory, BoostConfig config, IReadOnlyList<JudgedQuery> queries)
    {
        var scores = PerQuery(indexDirectory, config, queries);
        return scores.Count == 0
            ? new Score(0, 0, 0)
            : new Score(scores.Average(s => s.Ndcg), scores.Average(s => s.Precision), scores.Count);
    }
}

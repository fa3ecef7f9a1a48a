namespace RelevanceEval;

/// <summary>Graded-relevance measures of one ranked list; articles without a judgment count as grade 0.</summary>
public static class Metrics
{
    /// <summary>nDCG at <paramref name="k"/> with gain 2^grade - 1, against the ideal order of all judged articles.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k = 10)
    {
        var ideal = Dcg(grades.Values.OrderDescending().Take(k).ToList());
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id)).ToList()) / ideal;
    }

    /// <summary>The share of the first <paramref name="k"/> results graded 1 or 2.</summary>
    public static double Precision(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k = 5) =>
        ranked.Take(k).Count(id => grades.GetValueOrDefault(id) > 0) / (double)k;

    private static double Dcg(IReadOnlyList<int> gains) =>
        gains.Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
}

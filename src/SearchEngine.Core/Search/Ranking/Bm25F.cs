namespace SearchEngine.Core.Search.Ranking;

/// <summary>
/// BM25F over the ranked fields: field counts are weighted by the field boosts and summed into one term frequency,
/// normalised by the article's weighted length against the average, so a title match (short, heavy) outranks the same
/// match in the body. Scores add up over the query's terms.
/// </summary>
public sealed class Bm25F(double titleWeight, double bodyWeight, double quoteWeight, double k1 = 1.2, double b = 0.75)
{
    public double WeightedLength(int title, int body, int quote) => titleWeight * title + bodyWeight * body + quoteWeight * quote;

    public double WeightedFrequency(FieldCounts counts) =>
        titleWeight * counts.Title + bodyWeight * counts.Body + quoteWeight * counts.Quote;

    /// <summary>Inverse document frequency, never negative.</summary>
    public static double Idf(int documents, int containing) =>
        Math.Log(1 + (documents - containing + 0.5) / (containing + 0.5));

    /// <summary>One term's contribution for one article.</summary>
    public double Score(double idf, double weightedFrequency, double weightedLength, double averageWeightedLength)
    {
        if (weightedFrequency <= 0) return 0;
        var norm = k1 * (1 - b + b * (averageWeightedLength > 0 ? weightedLength / averageWeightedLength : 1));
        return idf * weightedFrequency * (k1 + 1) / (weightedFrequency + norm);
    }
}

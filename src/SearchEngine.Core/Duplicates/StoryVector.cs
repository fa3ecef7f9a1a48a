namespace SearchEngine.Core.Duplicates;

/// <summary>
/// An article's story features weighted by IDF (<see cref="FeatureFrequencies"/>), with the vector's length: what
/// <see cref="DuplicateScorer.Story"/> compares.
/// </summary>
public sealed class StoryVector
{
    private StoryVector(uint[] keys, float[] weights, double norm, DateOnly? date)
    {
        Keys = keys;
        Weights = weights;
        Norm = norm;
        Date = date;
    }

    /// <summary>Sorted, distinct feature keys (kind-tagged hashes, see <see cref="StoryFeatures"/>).</summary>
    public uint[] Keys { get; }

    /// <summary>Base weight × IDF of each key.</summary>
    public float[] Weights { get; }

    public double Norm { get; }

    public DateOnly? Date { get; }

    /// <summary>The vector with background IDF alone: what picks an article's candidate keys when it is indexed.</summary>
    public static StoryVector Of(ArticleFingerprint fingerprint, BackgroundFrequencies background) => Of(fingerprint, background.Idf);

    public static StoryVector Of(ArticleFingerprint fingerprint, Func<uint, double> idf)
    {
        var features = StoryFeatures.Of(fingerprint);
        var weights = new float[features.Keys.Length];
        double norm = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)((float)features.Weights[i] * idf(features.Keys[i]));
            norm += (double)weights[i] * weights[i];
        }
        return new StoryVector(features.Keys, weights, Math.Sqrt(norm), fingerprint.Date);
    }

    /// <summary>The cosine of two vectors, in [0, 1].</summary>
    public static double Cosine(StoryVector a, StoryVector b)
    {
        if (a.Norm == 0 || b.Norm == 0) return 0;
        double dot = 0;
        var (ka, kb) = (a.Keys, b.Keys);
        int i = 0, j = 0;
        while (i < ka.Length && j < kb.Length)
        {
            if (ka[i] < kb[j]) i++;
            else if (ka[i] > kb[j]) j++;
            else dot += (double)a.Weights[i++] * b.Weights[j++];
        }
        return Math.Min(1, dot / (a.Norm * b.Norm));
    }

    /// <summary>
    /// The <paramref name="count"/> keys that weigh most (ties by key): the ones another telling of the same story most
    /// likely shares, and few enough that looking up candidates costs the same at any archive size.
    /// </summary>
    public uint[] TopKeys(int count)
    {
        var order = Enumerable.Range(0, Keys.Length).ToArray();
        Array.Sort(order, (x, y) => Weights[x] != Weights[y] ? Weights[y].CompareTo(Weights[x]) : Keys[x].CompareTo(Keys[y]));
        return [.. order.Take(count).Select(i => Keys[i]).Order()];
    }
}

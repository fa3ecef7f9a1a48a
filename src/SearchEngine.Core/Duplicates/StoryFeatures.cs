namespace SearchEngine.Core.Duplicates;

/// <summary>
/// One article's same-story evidence as a sparse vector: feature keys (kind-tagged hashes, sorted) with base weights
/// that IDF multiplies at comparison time. Terms weigh 1 + ln(tf); a person, name, number or quote 4-gram weighs
/// its kind's boost, because these survive rewriting better than vocabulary does.
/// </summary>
public sealed class StoryFeatures
{
    internal const double PersonBoost = 1.5;
    internal const double NameBoost = 1.0;
    internal const double NumberBoost = 1.5;
    internal const double QuoteBoost = 1.5;

    /// <summary>Feature kinds keyed by a single word's hash: terms, person-key words, names and numbers.</summary>
    internal static readonly uint[] WordKinds = [1, 2, 3, 4];

    private StoryFeatures(uint[] keys, Half[] weights)
    {
        Keys = keys;
        Weights = weights;
    }

    /// <summary>Sorted, distinct feature keys.</summary>
    public uint[] Keys { get; }

    /// <summary>Base weight of each key, before IDF; half precision is plenty for a weight and halves the memory.</summary>
    public Half[] Weights { get; }

    public static StoryFeatures Of(ArticleFingerprint fingerprint)
    {
        // Gathered into one pooled array, sorted by key, and merged keeping each key's largest weight: the same result
        // as a dictionary, without a dictionary's garbage for every article of a rebuild.
        var total = fingerprint.Terms.Length + fingerprint.Persons.Length + fingerprint.Names.Length
                    + fingerprint.Numbers.Length + fingerprint.Quotes.Length;
        var pool = System.Buffers.ArrayPool<(uint Key, float Weight)>.Shared;
        var features = pool.Rent(Math.Max(1, total));
        try
        {
            var n = 0;
            foreach (var term in fingerprint.Terms) features[n++] = (Tag(term.Hash, 1), 1 + MathF.Log(term.Count));
            foreach (var hash in fingerprint.Persons) features[n++] = (Tag(hash, 2), (float)PersonBoost);
            foreach (var hash in fingerprint.Names) features[n++] = (Tag(hash, 3), (float)NameBoost);
            foreach (var hash in fingerprint.Numbers) features[n++] = (Tag(hash, 4), (float)NumberBoost);
            foreach (var hash in fingerprint.Quotes) features[n++] = (Tag(hash, 5), (float)QuoteBoost);
            var span = features.AsSpan(0, n);
            span.Sort(static (a, b) => a.Key.CompareTo(b.Key));
            var distinct = 0;
            for (var i = 0; i < n; i++)
            {
                if (distinct > 0 && span[distinct - 1].Key == span[i].Key)
                    span[distinct - 1].Weight = Math.Max(span[distinct - 1].Weight, span[i].Weight);
                else span[distinct++] = span[i];
            }
            var keys = new uint[distinct];
            var weights = new Half[distinct];
            for (var i = 0; i < distinct; i++) (keys[i], weights[i]) = (span[i].Key, (Half)span[i].Weight);
            return new StoryFeatures(keys, weights);
        }
        finally
        {
            pool.Return(features);
        }
    }

    /// <summary>IDF-weighted cosine of two feature vectors, in [0, 1].</summary>
    public static double Cosine(StoryFeatures a, StoryFeatures b, DocumentFrequencies frequencies)
    {
        double dot = 0, normA = 0, normB = 0;
        int i = 0, j = 0;
        while (i < a.Keys.Length || j < b.Keys.Length)
        {
            if (j >= b.Keys.Length || (i < a.Keys.Length && a.Keys[i] < b.Keys[j]))
            {
                var w = (float)a.Weights[i] * frequencies.Idf(a.Keys[i]);
                normA += w * w;
                i++;
            }
            else if (i >= a.Keys.Length || b.Keys[j] < a.Keys[i])
            {
                var w = (float)b.Weights[j] * frequencies.Idf(b.Keys[j]);
                normB += w * w;
                j++;
            }
            else
            {
                var idf = frequencies.Idf(a.Keys[i]);
                var wa = (float)a.Weights[i] * idf;
                var wb = (float)b.Weights[j] * idf;
                dot += wa * wb;
                normA += wa * wa;
                normB += wb * wb;
                i++;
                j++;
            }
        }
        return normA == 0 || normB == 0 ? 0 : Math.Min(1, dot / Math.Sqrt(normA * normB));
    }

    /// <summary>The IDF-weighted length of a feature vector.</summary>
    public static double Norm(StoryFeatures features, DocumentFrequencies frequencies)
    {
        double sum = 0;
        for (var i = 0; i < features.Keys.Length; i++)
        {
            var w = (float)features.Weights[i] * frequencies.Idf(features.Keys[i]);
            sum += w * w;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>The IDF-weighted dot product: a merge that looks up IDF only for shared keys.</summary>
    public static double Dot(StoryFeatures a, StoryFeatures b, DocumentFrequencies frequencies)
    {
        double dot = 0;
        int i = 0, j = 0;
        var (ka, kb) = (a.Keys, b.Keys);
        while (i < ka.Length && j < kb.Length)
        {
            if (ka[i] < kb[j]) i++;
            else if (ka[i] > kb[j]) j++;
            else
            {
                var idf = frequencies.Idf(ka[i]);
                dot += (float)a.Weights[i] * (float)b.Weights[j] * idf * idf;
                i++;
                j++;
            }
        }
        return dot;
    }

    internal static uint Tag(uint hash, uint kind) => Hash64.Fold(Hash64.Mix(((ulong)kind << 32) | hash));

}

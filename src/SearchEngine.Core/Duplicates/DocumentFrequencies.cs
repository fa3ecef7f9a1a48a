namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Document frequencies of same-story features (terms, names, numbers, persons, quote n-grams), kept up to date
/// as articles are added and removed, so distinctive words weigh more than topic words without a second pass.
/// Counts add to a <see cref="BackgroundFrequencies"/> table, so a young or one-topic index does not take its
/// topic words for rare ones, nor a word in 2 of 2 articles for a worthless one.
/// </summary>
public sealed class DocumentFrequencies(BackgroundFrequencies? background = null)
{
    private readonly BackgroundFrequencies _background = background ?? BackgroundFrequencies.Empty;
    private readonly Dictionary<uint, int> _counts = [];

    public int DocumentCount { get; private set; }

    public int this[uint feature] => _counts.GetValueOrDefault(feature);

    /// <summary>Counts one document's distinct features.</summary>
    public void Add(ReadOnlySpan<uint> distinctFeatures)
    {
        DocumentCount++;
        foreach (var feature in distinctFeatures)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, feature, out _);
            count++;
        }
    }

    /// <summary>Uncounts a document added before with the same features.</summary>
    public void Remove(ReadOnlySpan<uint> distinctFeatures)
    {
        DocumentCount--;
        foreach (var feature in distinctFeatures)
        {
            if (!_counts.TryGetValue(feature, out var count)) continue;
            if (count <= 1) _counts.Remove(feature);
            else _counts[feature] = count - 1;
        }
    }

    /// <summary>ln((N + background N) / (df + background df + 0.5)), never below zero.</summary>
    public double Idf(uint feature) =>
        Math.Max(0, Math.Log((DocumentCount + _background.Documents) / (this[feature] + _background.Counts.GetValueOrDefault(feature) + 0.5)));
}

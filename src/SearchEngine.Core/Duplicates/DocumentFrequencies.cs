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
    // Each counted feature keeps its background count beside its own, so an IDF costs one lookup, not two.
    private readonly Dictionary<uint, (int Local, int Background)> _counts = [];

    public int DocumentCount { get; private set; }

    public int this[uint feature] => _counts.GetValueOrDefault(feature).Local;

    /// <summary>Counts one document's distinct features.</summary>
    public void Add(ReadOnlySpan<uint> distinctFeatures)
    {
        DocumentCount++;
        foreach (var feature in distinctFeatures)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, feature, out var exists);
            if (!exists) count.Background = _background.Counts.GetValueOrDefault(feature);
            count.Local++;
        }
    }

    /// <summary>Counts one document's distinct features and gives each one's IDF after counting, in one lookup per feature.</summary>
    public void Add(ReadOnlySpan<uint> distinctFeatures, Span<double> idfs)
    {
        DocumentCount++;
        double documents = DocumentCount + _background.Documents;
        for (var i = 0; i < distinctFeatures.Length; i++)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, distinctFeatures[i], out var exists);
            if (!exists) count.Background = _background.Counts.GetValueOrDefault(distinctFeatures[i]);
            count.Local++;
            idfs[i] = Math.Max(0, Math.Log(documents / (count.Local + count.Background + 0.5)));
        }
    }

    /// <summary>Uncounts a document added before with the same features.</summary>
    public void Remove(ReadOnlySpan<uint> distinctFeatures)
    {
        DocumentCount--;
        foreach (var feature in distinctFeatures)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_counts, feature);
            if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref count)) continue;
            if (count.Local <= 1) _counts.Remove(feature);
            else count.Local--;
        }
    }

    /// <summary>ln((N + background N) / (df + background df + 0.5)), never below zero.</summary>
    public double Idf(uint feature)
    {
        var frequency = _counts.TryGetValue(feature, out var count)
            ? count.Local + count.Background
            : _background.Counts.GetValueOrDefault(feature);
        return Math.Max(0, Math.Log((DocumentCount + _background.Documents) / (frequency + 0.5)));
    }
}

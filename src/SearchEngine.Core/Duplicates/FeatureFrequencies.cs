namespace SearchEngine.Core.Duplicates;

/// <summary>
/// What a story feature weighs: its IDF in the archive itself, so that the words every article of a one-topic archive
/// shares (its topic) count for little and the words that set one event apart count for much; smoothed by the
/// background table, which counts as up to <see cref="DuplicateOptions.BackgroundWeight"/> × the archive's size in
/// documents, so a young archive does not take a word in 2 of 2 articles for a worthless one.
/// </summary>
public sealed class FeatureFrequencies
{
    private readonly Func<uint, int> _documentFrequency;
    private readonly BackgroundFrequencies _background;
    private readonly double _backgroundDocuments;
    private readonly double _scale;
    // Each key's IDF once computed: a full match asks for the same keys millions of times.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<uint, float> _idf = new();

    /// <param name="documents">Articles in the archive.</param>
    /// <param name="documentFrequency">How many of them hold a feature key.</param>
    /// <param name="background">The background table.</param>
    /// <param name="backgroundWeight">How many background documents count per archive document (see the type).</param>
    public FeatureFrequencies(int documents, Func<uint, int> documentFrequency, BackgroundFrequencies background, double backgroundWeight)
    {
        Documents = documents;
        _documentFrequency = documentFrequency;
        _background = background;
        _scale = background.Documents == 0 ? 0 : backgroundWeight * Math.Min(documents, background.Documents) / background.Documents;
        _backgroundDocuments = _scale * background.Documents;
    }

    public int Documents { get; }

    /// <summary>ln(N / (df + 0.5)) over the archive and the scaled background, never below zero.</summary>
    public double Idf(uint key)
    {
        if (_idf.TryGetValue(key, out var known)) return known;
        var idf = (float)Compute(key);
        _idf[key] = idf;
        return idf;
    }

    private double Compute(uint key)
    {
        var documents = Documents + _backgroundDocuments;
        if (documents <= 0) return _background.Idf(key);
        var frequency = _documentFrequency(key) + _scale * _background.Counts.GetValueOrDefault(key);
        return Math.Max(0, Math.Log(documents / (frequency + 0.5)));
    }

    /// <summary>Counts taken from a list of feature vectors (every key counted once per article).</summary>
    public static FeatureFrequencies Count(IEnumerable<StoryFeatures> articles, BackgroundFrequencies background, double backgroundWeight)
    {
        var counts = new Dictionary<uint, int>();
        var documents = 0;
        foreach (var article in articles)
        {
            documents++;
            foreach (var key in article.Keys) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return new FeatureFrequencies(documents, key => counts.GetValueOrDefault(key), background, backgroundWeight);
    }
}

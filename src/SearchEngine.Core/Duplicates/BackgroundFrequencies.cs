using System.Reflection;

namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Document frequencies of words in a background collection, so that a young or one-topic index still knows that
/// "said" and "government" are common and "Kushner" is not. The built-in table (<see cref="English"/>, the embedded
/// background-frequencies.tsv) counts 8,225 English news articles of the bbc and allsides-sample corpora;
/// rebuild it with <c>tools/DuplicatePairs --document-frequencies</c>. The index's own counts add to it, so the
/// background matters less as the index grows. Words not in the table count as rare.
/// </summary>
public sealed class BackgroundFrequencies
{
    private const string ResourceSuffix = "background-frequencies.tsv";
    private static readonly Lazy<BackgroundFrequencies> EnglishTable = new(LoadEmbedded);

    private BackgroundFrequencies(int documents, Dictionary<uint, int> counts)
    {
        Documents = documents;
        Counts = counts;
    }

    /// <summary>Built from English news; what <see cref="DuplicateScorer.Default"/> weighs story features by.</summary>
    public static BackgroundFrequencies English => EnglishTable.Value;

    /// <summary>
    /// No background words, but ten imaginary empty documents, so that a feature in 2 of 2 articles still has some
    /// weight in a brand-new index.
    /// </summary>
    public static BackgroundFrequencies Empty { get; } = new(10, []);

    /// <summary>How many articles the background counts.</summary>
    public int Documents { get; }

    /// <summary>Background counts by story feature key (a word as a term, a name and a number).</summary>
    internal Dictionary<uint, int> Counts { get; }

    /// <summary>ln(N / (df + 0.5)) of a story feature key, never below zero; an unseen key weighs most.</summary>
    public double Idf(uint key) => Math.Max(0, Math.Log(Documents / (Counts.GetValueOrDefault(key) + 0.5)));

    /// <summary>Reads a table: a "#documents&lt;TAB&gt;N" line, then "word&lt;TAB&gt;count" lines.</summary>
    public static BackgroundFrequencies Load(TextReader reader)
    {
        var documents = 0;
        var counts = new Dictionary<uint, int>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), out var count)) continue;
            var word = line.AsSpan(0, tab);
            if (word.SequenceEqual("#documents")) { documents = count; continue; }
            var tokens = TextNormalizer.Tokenize(word.ToString());
            if (tokens.Count != 1) continue;
            var hash = Hash64.Fold(tokens[0].Hash);
            foreach (var kind in StoryFeatures.WordKinds) counts[StoryFeatures.Tag(hash, kind)] = count;
        }
        return new BackgroundFrequencies(Math.Max(documents, 1), counts);
    }

    private static BackgroundFrequencies LoadEmbedded()
    {
        var assembly = typeof(BackgroundFrequencies).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}

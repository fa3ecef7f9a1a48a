namespace SearchEngine.Core.Duplicates;

/// <summary>
/// One article's same-story evidence as a sparse vector: feature keys (kind-tagged hashes, sorted) with base weights
/// that IDF multiplies (<see cref="StoryVector"/>). Terms weigh 1 + ln(tf); a person's name words and capitalised names
/// weigh their kind's boost, because they survive rewriting better than vocabulary does.
/// <para>
/// Numbers and quote 4-grams were features too, and are not any more: on the hand-labelled stories
/// (bench/stories/) they lowered pairwise F1 (each article carries many numbers and quotes of its own, whose weight
/// swamps what two tellings of one event share). They remain evidence shown to the reader (<see cref="StoryExplainer"/>).
/// </para>
/// </summary>
public sealed class StoryFeatures
{
    internal const double PersonBoost = 1.5;
    internal const double NameBoost = 1.0;

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
        var total = fingerprint.Terms.Length + fingerprint.Persons.Length + fingerprint.Names.Length;
        var pool = System.Buffers.ArrayPool<(uint Key, float Weight)>.Shared;
        var features = pool.Rent(Math.Max(1, total));
        try
        {
            var n = 0;
            foreach (var term in fingerprint.Terms) features[n++] = (Tag(term.Hash, 1), 1 + MathF.Log(term.Count));
            foreach (var hash in fingerprint.Persons) features[n++] = (Tag(hash, 2), (float)PersonBoost);
            foreach (var hash in fingerprint.Names) features[n++] = (Tag(hash, 3), (float)NameBoost);
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

    internal static uint Tag(uint hash, uint kind) => Hash64.Fold(Hash64.Mix(((ulong)kind << 32) | hash));

}

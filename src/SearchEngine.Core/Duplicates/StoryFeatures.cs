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
        // Keys and weights sorted together by key (a primitive sort), then merged keeping each key's largest weight:
        // kinds are tagged apart and each kind's hashes are distinct, so only a hash collision merges anything.
        var total = fingerprint.Terms.Length + fingerprint.Persons.Length + fingerprint.Names.Length;
        var keys = new uint[total];
        var weights = new float[total];
        var n = 0;
        foreach (var term in fingerprint.Terms) (keys[n], weights[n++]) = (Tag(term.Hash, 1), 1 + MathF.Log(term.Count));
        foreach (var hash in fingerprint.Persons) (keys[n], weights[n++]) = (Tag(hash, 2), (float)PersonBoost);
        foreach (var hash in fingerprint.Names) (keys[n], weights[n++]) = (Tag(hash, 3), (float)NameBoost);
        Array.Sort(keys, weights);
        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (distinct > 0 && keys[distinct - 1] == keys[i]) weights[distinct - 1] = Math.Max(weights[distinct - 1], weights[i]);
            else (keys[distinct], weights[distinct++]) = (keys[i], weights[i]);
        }
        var halves = new Half[distinct];
        for (var i = 0; i < distinct; i++) halves[i] = (Half)weights[i];
        return new StoryFeatures(distinct == n ? keys : keys[..distinct], halves);
    }

    internal static uint Tag(uint hash, uint kind) => Hash64.Fold(Hash64.Mix(((ulong)kind << 32) | hash));

}

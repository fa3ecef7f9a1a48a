using System.Globalization;

namespace SearchEngine.Core.Duplicates;

/// <summary>
/// The terms under which an article is filed so that the articles it may duplicate can be looked up instead of
/// compared with every other: its exact-text hash, its LSH band keys (near-duplicates), its most distinctive story
/// features, and its passage marks. Each kind has its own first letter. The index stores them as postings of one
/// field; two articles are candidates at a level when they share a key of that kind.
/// </summary>
public static class DuplicateKeys
{
    public const char Exact = 'x';
    public const char Band = 'b';
    public const char Story = 's';
    public const char Mark = 'm';

    public static List<string> Of(ArticleFingerprint fingerprint, StoryVector story, DuplicateOptions options)
    {
        var keys = new List<string>(1 + options.Bands + options.StoryIndexFeatures + fingerprint.Passages.Length);
        if (fingerprint.WordCount > 0) keys.Add(ExactKey(fingerprint));
        if (fingerprint.ShingleCount > 0) keys.AddRange(BandKeys(fingerprint.MinHash, options.Bands, options.Rows));
        foreach (var key in story.TopKeys(options.StoryIndexFeatures)) keys.Add(Story + key.ToString("x8", CultureInfo.InvariantCulture));
        foreach (var hash in fingerprint.Passages.Select(p => p.Hash).Distinct()) keys.Add(Mark + hash.ToString("x8", CultureInfo.InvariantCulture));
        return keys;
    }

    /// <summary>A story feature key as the term the index counts its documents by.</summary>
    public static string FeatureTerm(uint key) => key.ToString("x8", CultureInfo.InvariantCulture);

    public static string ExactKey(ArticleFingerprint fingerprint) =>
        Exact + fingerprint.ExactHash.ToString("x16", CultureInfo.InvariantCulture) + "." + fingerprint.WordCount.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Locality-sensitive hashing over a MinHash signature: cut into <paramref name="bands"/> bands of
    /// <paramref name="rows"/> values, each band hashed to a key. A pair with Jaccard s shares a band with probability
    /// 1 - (1 - s^rows)^bands: with 25 bands of 4 rows, 0.999998 at s = 0.8 and 0.04 at s = 0.2.
    /// </summary>
    public static IEnumerable<string> BandKeys(uint[] signature, int bands, int rows)
    {
        for (var band = 0; band < bands; band++)
        {
            var start = band * rows;
            if (start + rows > signature.Length || signature[start] == uint.MaxValue) continue;
            var key = Hash64.Mix((ulong)band + 1);
            for (var i = start; i < start + rows; i++) key = Hash64.Combine(key, signature[i]);
            yield return Band + key.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}

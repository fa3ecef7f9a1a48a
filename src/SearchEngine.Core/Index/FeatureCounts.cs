using Lucene.Net.Index;
using Lucene.Net.Util;
using S = SearchEngine.Core.Index.ArticleSchema;

namespace SearchEngine.Core.Index;

/// <summary>
/// The archive's document frequency of each story feature, from the postings of <see cref="ArticleSchema.StoryFeature"/>:
/// all at once (one pass over the terms, for a refresh that matches every article) or one feature at a time (for a
/// refresh that scores a few articles).
/// </summary>
internal static class FeatureCounts
{
    public static Func<uint, int> All(DirectoryReader reader)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(S.StoryFeature)?.GetEnumerator();
            if (terms is null) continue;
            while (terms.MoveNext())
            {
                var key = Parse(terms.Term);
                counts[key] = counts.GetValueOrDefault(key) + terms.DocFreq;
            }
        }
        return key => counts.GetValueOrDefault(key);
    }

    /// <summary>One feature at a time; <see cref="Duplicates.FeatureFrequencies"/> keeps each IDF once computed, so each key is sought once.</summary>
    public static Func<uint, int> Lazy(DirectoryReader reader) =>
        key => reader.DocFreq(new Term(S.StoryFeature, Duplicates.DuplicateKeys.FeatureTerm(key)));

    private static uint Parse(BytesRef term)
    {
        uint value = 0;
        for (var i = 0; i < term.Length; i++)
        {
            var c = (char)term.Bytes[term.Offset + i];
            value = (value << 4) | (uint)(c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return value;
    }
}

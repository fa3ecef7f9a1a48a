namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Word shingles: the set of hashed runs of <c>size</c> consecutive words, and the exact Jaccard similarity of two
/// such sets. Sets are sorted arrays of 32-bit hashes, so Jaccard is one merge pass with no hashing or allocation.
/// </summary>
public static class Shingles
{
    /// <summary>The default shingle width, in words: long enough that shared shingles mean shared sentences.</summary>
    public const int DefaultSize = 5;

    /// <summary>The sorted, distinct 64-bit shingle hashes. A text shorter than <paramref name="size"/> words is one shingle.</summary>
    public static ulong[] Hashes64(IReadOnlyList<WordToken> tokens, int size = DefaultSize)
    {
        if (tokens.Count == 0) return [];
        var count = Math.Max(1, tokens.Count - size + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var h = Hash64.Seed;
            var end = Math.Min(tokens.Count, i + size);
            for (var j = i; j < end; j++) h = Hash64.Combine(h, tokens[j].Hash);
            hashes[i] = h;
        }
        Array.Sort(hashes);
        return hashes[..Distinct(hashes)];
    }

    /// <summary>The sorted, distinct 32-bit shingle hashes, the compact form kept in fingerprints.</summary>
    public static uint[] Hashes(IReadOnlyList<WordToken> tokens, int size = DefaultSize)
    {
        var wide = Hashes64(tokens, size);
        var narrow = new uint[wide.Length];
        for (var i = 0; i < wide.Length; i++) narrow[i] = Hash64.Fold(wide[i]);
        Array.Sort(narrow);
        return narrow[..Distinct(narrow)];
    }

    /// <summary>|A ∩ B| / |A ∪ B| for two sorted, distinct sets; 0 when both are empty.</summary>
    public static double Jaccard<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IComparable<T>
    {
        if (a.Length == 0 && b.Length == 0) return 0;
        var shared = IntersectionCount(a, b);
        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>The number of values two sorted, distinct sets share.</summary>
    public static int IntersectionCount<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IComparable<T>
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].CompareTo(b[j]);
            if (c == 0) { shared++; i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return shared;
    }

    private static int Distinct<T>(T[] sorted) where T : IEquatable<T>
    {
        if (sorted.Length == 0) return 0;
        var n = 1;
        for (var i = 1; i < sorted.Length; i++)
            if (!sorted[i].Equals(sorted[n - 1])) sorted[n++] = sorted[i];
        return n;
    }
}

namespace CorpusGenerator;

/// <summary>
/// Word 5-shingle Jaccard, the measure issue 5 states its bands in: words are maximal runs of letters and digits,
/// lower-cased; shingles are hashed to 64 bits, which makes collisions negligible at article sizes.
/// </summary>
public static class Shingles
{
    public const int Size = 5;

    public static HashSet<ulong> Of(string text)
    {
        var tokens = new List<ulong>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            var hash = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            tokens.Add(hash);
        }

        var set = new HashSet<ulong>(Math.Max(1, tokens.Count - Size + 1));
        if (tokens.Count < Size)
        {
            if (tokens.Count > 0) set.Add(Combine(tokens, 0, tokens.Count));
            return set;
        }
        for (var s = 0; s + Size <= tokens.Count; s++) set.Add(Combine(tokens, s, Size));
        return set;
    }

    private static ulong Combine(List<ulong> tokens, int start, int count)
    {
        var h = 0xCBF29CE484222325UL;
        for (var k = 0; k < count; k++) h = ulong.RotateLeft(h ^ tokens[start + k], 23) * 0x9E3779B97F4A7C15UL;
        return h;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1.0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var x in small) if (large.Contains(x)) shared++;
        return (double)shared / (a.Count + b.Count - shared);
    }
}

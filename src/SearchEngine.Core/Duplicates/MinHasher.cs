namespace SearchEngine.Core.Duplicates;

/// <summary>
/// MinHash signatures of shingle sets: for each of <see cref="HashCount"/> seeded hash functions, the smallest hash
/// over the set. The fraction of equal positions in two signatures estimates their Jaccard similarity.
/// The functions are multiply-shift hashes over the mixed shingle hash, derived from a fixed seed, so signatures
/// are stable across processes and can be stored.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    public MinHasher(int hashCount = 100, ulong seed = 0x5EEDD0C5UL)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        _multipliers = new ulong[hashCount];
        _offsets = new ulong[hashCount];
        var state = seed;
        for (var i = 0; i < hashCount; i++)
        {
            state = Hash64.Mix(state + Hash64.Seed);
            _multipliers[i] = state | 1;
            state = Hash64.Mix(state + Hash64.Seed);
            _offsets[i] = state;
        }
    }

    public int HashCount => _multipliers.Length;

    /// <summary>The signature of a shingle set. An empty set gets an all-max signature, which <see cref="Estimate"/> never matches.</summary>
    public uint[] Sign(ReadOnlySpan<uint> shingles)
    {
        var signature = new uint[_multipliers.Length];
        Array.Fill(signature, uint.MaxValue);
        var multipliers = _multipliers.AsSpan();
        var offsets = _offsets.AsSpan();
        foreach (var shingle in shingles)
        {
            var x = Hash64.Mix(shingle);
            for (var i = 0; i < signature.Length; i++)
            {
                var v = (uint)((multipliers[i] * x + offsets[i]) >> 32);
                if (v < signature[i]) signature[i] = v;
            }
        }
        return signature;
    }

    /// <summary>The share of positions where two signatures agree, ignoring positions empty in both.</summary>
    public static double Estimate(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var n = Math.Min(a.Length, b.Length);
        if (n == 0) return 0;
        var equal = 0;
        for (var i = 0; i < n; i++)
            if (a[i] == b[i] && a[i] != uint.MaxValue) equal++;
        return (double)equal / n;
    }
}

using SearchEngine.Core.Duplicates;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Cheaper MinHash schemes, here only to be timed against <see cref="SearchEngine.Core.Duplicates.MinHasher.Sign"/>;
/// their signatures are not compatible with stored ones, and their estimation quality is not measured here.
/// </summary>
public static class MinHashVariants
{
    /// <summary>
    /// Double hashing (Kirsch and Mitzenmacher): one 64-bit mix per shingle, split into a and b, and the k hash values
    /// a + i·b. Still k minimums per shingle, but an add instead of a 64-bit multiply each.
    /// </summary>
    public static uint[] DoubleHashing(ReadOnlySpan<uint> shingles, int k)
    {
        var signature = new uint[k];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            var x = Hash64.Mix(shingle);
            var v = (uint)x;
            var step = (uint)(x >> 32) | 1;
            for (var i = 0; i < signature.Length; i++)
            {
                if (v < signature[i]) signature[i] = v;
                v += step;
            }
        }
        return signature;
    }

    /// <summary><see cref="DoubleHashing"/> with <see cref="Vector{T}"/> lanes: the same values, several minimums per instruction.</summary>
    public static uint[] DoubleHashingVector(ReadOnlySpan<uint> shingles, int k)
    {
        var lanes = Vector<uint>.Count;
        var padded = (k + lanes - 1) / lanes * lanes;
        var work = new uint[padded];
        Array.Fill(work, uint.MaxValue);
        var mins = System.Runtime.InteropServices.MemoryMarshal.Cast<uint, Vector<uint>>(work.AsSpan());
        var index = Vector<uint>.Indices;
        foreach (var shingle in shingles)
        {
            var x = Hash64.Mix(shingle);
            var step = (uint)(x >> 32) | 1;
            var v = new Vector<uint>((uint)x) + index * step;
            var stride = new Vector<uint>(step * (uint)lanes);
            for (var i = 0; i < mins.Length; i++)
            {
                mins[i] = Vector.Min(mins[i], v);
                v += stride;
            }
        }
        return work.Length == k ? work : work[..k];
    }

    /// <summary>
    /// One-permutation hashing (Li, Owen and Zhang 2012) with rotation densification (Shrivastava and Li 2014): one mix
    /// per shingle picks a bin and a value; each bin keeps its minimum; empty bins borrow from the next filled bin.
    /// O(n + k) instead of O(n·k).
    /// </summary>
    public static uint[] OnePermutation(ReadOnlySpan<uint> shingles, int k)
    {
        var signature = new uint[k];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            var x = Hash64.Mix(shingle);
            var bin = (int)(((x >> 32) * (ulong)k) >> 32);
            var v = (uint)x;
            if (v < signature[bin]) signature[bin] = v;
        }
        if (shingles.IsEmpty) return signature;
        for (var i = 0; i < k; i++)
        {
            if (signature[i] != uint.MaxValue) continue;
            var distance = 1;
            while (signature[(i + distance) % k] == uint.MaxValue) distance++;
            // a distinct offset per borrowing distance keeps borrowed values from agreeing by accident
            signature[i] = signature[(i + distance) % k] + (uint)distance * 0x9E3779B9u;
        }
        return signature;
    }
}

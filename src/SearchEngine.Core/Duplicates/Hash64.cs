using System.Runtime.CompilerServices;

namespace SearchEngine.Core.Duplicates;

/// <summary>
/// Small, allocation-free 64-bit hashing. Stable across processes and versions (unlike string.GetHashCode),
/// because fingerprints built from these hashes are stored and compared later.
/// </summary>
internal static class Hash64
{
    public const ulong Seed = 0x9E3779B97F4A7C15UL;

    /// <summary>Murmur3's finaliser: every input bit affects every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB93FE53B5A47UL;
        x ^= x >> 33;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong h, ulong value) => Mix(h ^ (value + Seed + (h << 6) + (h >> 2)));

    /// <summary>Hash of a string as written (ordinal); used for keys such as Person.Key.</summary>
    public static ulong Of(ReadOnlySpan<char> text, ulong seed = Seed)
    {
        var h = 0xCBF29CE484222325UL ^ seed;
        foreach (var c in text)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return Mix(h ^ (ulong)text.Length);
    }

    /// <summary>32 bits of a 64-bit hash: enough for set comparisons inside one pair of articles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Fold(ulong h) => (uint)(h ^ (h >> 32));
}

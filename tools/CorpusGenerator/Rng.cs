namespace CorpusGenerator;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Our own generator rather than System.Random so the output stays
/// byte-identical across .NET versions, and one stream per article lets articles be generated in any order.
/// </summary>
public sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream for one (seed, item, purpose) triple.</summary>
    public static Rng For(long seed, long item, ulong purpose)
    {
        var x = (ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)item * 0xBF58476D1CE4E5B9UL ^ purpose * 0x94D049BB133111EBUL;
        return new Rng(SplitMix(ref x));
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A value in [0, n).</summary>
    public int Next(int n) => n <= 1 ? 0 : (int)((NextULong() >> 1) % (ulong)n);

    /// <summary>A value in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public double Gaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}

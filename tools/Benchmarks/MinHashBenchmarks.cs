using BenchmarkDotNet.Attributes;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <see cref="MinHasher.Sign"/> with the production 100 hash functions, against cheaper schemes of the same signature
/// length (<see cref="MinHashVariants"/>): is the O(n·k) multiply-shift loop worth replacing?
/// </summary>
[MemoryDiagnoser]
public class MinHashBenchmarks
{
    private const int HashCount = 100;

    private readonly MinHasher _hasher = new(HashCount);
    private uint[] _shingles = [];

    [GlobalSetup]
    public void Setup() => _shingles = Shingles.Hashes(TextNormalizer.Tokenize(SampleArticle.Text));

    [Benchmark(Baseline = true, Description = "MinHasher.Sign (100 multiply-shift)")]
    public uint[] Sign() => _hasher.Sign(_shingles);

    [Benchmark(Description = "Double hashing a+i·b (100)")]
    public uint[] DoubleHashing() => MinHashVariants.DoubleHashing(_shingles, HashCount);

    [Benchmark(Description = "Double hashing, Vector<uint> (100)")]
    public uint[] DoubleHashingVector() => MinHashVariants.DoubleHashingVector(_shingles, HashCount);

    [Benchmark(Description = "One-permutation + densify (100 bins)")]
    public uint[] OnePermutation() => MinHashVariants.OnePermutation(_shingles, HashCount);
}

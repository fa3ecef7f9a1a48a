using BenchmarkDotNet.Attributes;
using SearchEngine.Core.Duplicates;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Shingling one article and comparing two shingle sets. The exact Jaccard merge and the MinHash estimate are side by
/// side because the near-duplicate level confirms LSH candidates with the exact figure: this is what that costs.
/// </summary>
[MemoryDiagnoser]
public class ShingleBenchmarks
{
    private List<WordToken> _tokens = [];
    private uint[] _shingles = [];
    private uint[] _copyShingles = [];
    private uint[] _signature = [];
    private uint[] _copySignature = [];

    [GlobalSetup]
    public void Setup()
    {
        _tokens = TextNormalizer.Tokenize(SampleArticle.Text);
        _shingles = Shingles.Hashes(_tokens);
        _copyShingles = Shingles.Hashes(TextNormalizer.Tokenize(SampleArticle.NearCopy));
        var hasher = new MinHasher();
        _signature = hasher.Sign(_shingles);
        _copySignature = hasher.Sign(_copyShingles);
    }

    [Benchmark(Baseline = true, Description = "Shingles.Hashes (5-word, 32-bit)")]
    public int Hashes() => Shingles.Hashes(_tokens).Length;

    [Benchmark(Description = "Shingles.Hashes64 (5-word)")]
    public int Hashes64() => Shingles.Hashes64(_tokens).Length;

    [Benchmark(Description = "Shingles.Jaccard (article vs near copy)")]
    public double Jaccard() => Shingles.Jaccard<uint>(_shingles, _copyShingles);

    [Benchmark(Description = "MinHasher.Estimate (100 positions)")]
    public double Estimate() => MinHasher.Estimate(_signature, _copySignature);
}

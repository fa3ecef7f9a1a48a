using BenchmarkDotNet.Attributes;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <see cref="FingerprintBuilder.Build(Article)"/> whole, once per indexed article. <see cref="CoreStages"/> runs
/// only tokenize → shingle → MinHash, so the rest (terms, names, numbers, quote grams, winnowing) is the difference;
/// the stages alone are timed in <see cref="TokenizeBenchmarks"/>, <see cref="ShingleBenchmarks"/> and
/// <see cref="MinHashBenchmarks"/> on the same text.
/// </summary>
[MemoryDiagnoser]
public class FingerprintBenchmarks
{
    private readonly FingerprintBuilder _builder = new();
    private readonly MinHasher _hasher = new();
    private Article _article = null!;

    [GlobalSetup]
    public void Setup() => _article = SampleArticle.Extracted(SampleArticle.Text);

    [Benchmark(Baseline = true, Description = "FingerprintBuilder.Build (article)")]
    public ArticleFingerprint Build() => _builder.Build(_article);

    [Benchmark(Description = "FingerprintBuilder.Build (text only)")]
    public ArticleFingerprint BuildTextOnly() => _builder.Build(_article.Id, _article.Text);

    [Benchmark(Description = "Tokenize+Shingles+Sign only")]
    public uint[] CoreStages() => _hasher.Sign(Shingles.Hashes(TextNormalizer.Tokenize(_article.Text)));
}

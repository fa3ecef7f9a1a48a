using BenchmarkDotNet.Attributes;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The two tokenisers every indexed article goes through: the duplicate levels' <see cref="TextNormalizer"/> and the
/// index's <see cref="NewsAnalyzer"/> (UAX #29 words, possessives, lower case, ASCII folding, Porter stems).
/// </summary>
[MemoryDiagnoser]
public class TokenizeBenchmarks
{
    private readonly List<SearchEngine.Core.Duplicates.WordToken> _reused = new(1024);
    private readonly NewsAnalyzer _analyzer = new();
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = SampleArticle.Text;

    [Benchmark(Baseline = true, Description = "TextNormalizer.Tokenize (new list)")]
    public int NormalizerTokenize() => TextNormalizer.Tokenize(_text).Count;

    [Benchmark(Description = "TextNormalizer.Tokenize (reused list)")]
    public int NormalizerTokenizeReused()
    {
        _reused.Clear();
        TextNormalizer.Tokenize(_text, _reused);
        return _reused.Count;
    }

    [Benchmark(Description = "NewsAnalyzer terms of the body")]
    public int AnalyzerTerms() => _analyzer.Terms("body", _text).Count;
}

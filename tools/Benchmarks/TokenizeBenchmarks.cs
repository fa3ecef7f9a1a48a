using BenchmarkDotNet.Attributes;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Search.Analysis;
using SearchEngine.Core.Search.Ranking;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The two tokenisers every indexed article goes through: the duplicate levels' <see cref="TextNormalizer"/> and the
/// ranker's <see cref="TermAnalyzer"/> (Porter stems, cached per process). <see cref="PorterStemEveryWord"/> is what
/// the analyzer would cost without its stem cache, so the cache's worth is the difference.
/// </summary>
[MemoryDiagnoser]
public class TokenizeBenchmarks
{
    private readonly List<SearchEngine.Core.Duplicates.WordToken> _reused = new(1024);
    private string _text = "";
    private Article _article = null!;
    private char[][] _words = [];
    private char[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = SampleArticle.Text;
        _article = SampleArticle.Extracted(_text);
        // the article's ASCII words, lower-cased as the analyzer hands them to the stemmer
        _words = [.. System.Text.RegularExpressions.Regex.Matches(_text, "[A-Za-z0-9]+")
            .Select(m => m.Value.ToLowerInvariant().ToCharArray())];
        _buffer = new char[128];
        TermAnalyzer.Terms(_text); // fills the stem cache, as any long-running indexer has
    }

    [Benchmark(Baseline = true, Description = "TextNormalizer.Tokenize (new list)")]
    public int NormalizerTokenize() => TextNormalizer.Tokenize(_text).Count;

    [Benchmark(Description = "TextNormalizer.Tokenize (reused list)")]
    public int NormalizerTokenizeReused()
    {
        _reused.Clear();
        TextNormalizer.Tokenize(_text, _reused);
        return _reused.Count;
    }

    [Benchmark(Description = "TermAnalyzer.Analyze (count only)")]
    public int AnalyzerCount()
    {
        var count = 0;
        TermAnalyzer.Analyze(_text, _ => count++);
        return count;
    }

    [Benchmark(Description = "TermAnalyzer.Terms (list)")]
    public int AnalyzerTerms() => TermAnalyzer.Terms(_text).Count;

    [Benchmark(Description = "PorterStemmer every word (no cache)")]
    public int PorterStemEveryWord()
    {
        var total = 0;
        var buffer = _buffer.AsSpan();
        foreach (var word in _words)
        {
            word.CopyTo(buffer);
            total += PorterStemmer.Stem(buffer[..word.Length]);
        }
        return total;
    }

    [Benchmark(Description = "TermVector.Of (title+body+quotes)")]
    public int TermVectorOf() => TermVector.Of(_article).Terms.Count;
}

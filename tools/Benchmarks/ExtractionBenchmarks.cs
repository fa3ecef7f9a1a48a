using BenchmarkDotNet.Attributes;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Benchmarks;

/// <summary><see cref="ArticleExtractor.Extract"/> on one article: title, date, byline, outlets, persons and quotes.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private SourceDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = SampleArticle.Document(SampleArticle.Text);
        var article = _extractor.Extract(_document).Single();
        if (article.Persons.Count == 0 || article.Quotes.Count == 0)
            throw new InvalidOperationException("the sample article should yield persons and quotes, or extraction is not fully exercised");
    }

    [Benchmark(Description = "ArticleExtractor.Extract")]
    public IReadOnlyList<Article> Extract() => _extractor.Extract(_document);
}

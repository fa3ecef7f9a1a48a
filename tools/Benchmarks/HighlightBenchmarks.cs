using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchEngine.Core.Duplicates;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Benchmarks;

/// <summary>
/// What marking one hit costs with <see cref="HitHighlighter"/> (offsets read from the postings): the article's title,
/// a snippet of its 4.4 KB body and five quotes, for a two-word query in the default fields (title, body, quote) as
/// separate words, as a phrase, and for one prefix. The article is indexed as the indexer indexes it
/// (<see cref="ArticleDocuments.ForArticle"/>) among <see cref="Copies"/> copies of itself in a RAM directory, so the
/// postings read skip over other documents as they would in a real index.
/// </summary>
[MemoryDiagnoser]
public class HighlightBenchmarks
{
    private const int Copies = 1000, HitDoc = Copies / 2;
    private static readonly NewsAnalyzer Analyzer = new();
    private static readonly string[] Fields = [SearchFields.Title.Name, SearchFields.Body.Name, SearchFields.Quote.Name];

    private RAMDirectory _directory = null!;
    private DirectoryReader _reader = null!;
    private Query _query = null!;
    private HitHighlighter _highlighter = null!;
    private string _title = "";
    private string _body = "";
    private string[] _quotes = [];

    /// <summary>words: <c>port authority</c>; phrase: <c>"port authority"</c>; prefix: <c>fish*</c>.</summary>
    [Params("words", "phrase", "prefix")]
    public string Shape { get; set; } = "words";

    [GlobalSetup]
    public void Setup()
    {
        var extracted = SampleArticle.Extracted(SampleArticle.Text);
        var quotes = extracted.Quotes.Concat(Enumerable.Repeat(new SearchEngine.Core.Extraction.Quote("Nothing to see here.", null, 0, 0), 5)).Take(5).ToList();
        var article = extracted with { Quotes = quotes };
        var document = ArticleDocuments.ForArticle(new AnalyzedArticle(article, new FingerprintBuilder().Build(article)), 0);
        _directory = new RAMDirectory();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(NewsAnalyzer.Version, Analyzer)))
        {
            for (var i = 0; i < Copies; i++) writer.AddDocument(document);
            writer.ForceMerge(1);
        }
        _reader = DirectoryReader.Open(_directory);
        var stored = _reader.Document(HitDoc);
        (_title, _body, _quotes) = (stored.Get(SearchFields.Title.Name), stored.Get(SearchFields.Body.Name), stored.GetValues(SearchFields.Quote.Name));
        _query = Query(Shape);
        _highlighter = new HitHighlighter(_query, _reader);
        if (Hit() == 0) throw new InvalidOperationException($"the '{Shape}' query marks nothing in the article");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Marks of one hit: title, body snippet, matching quotes (the count, so nothing is optimised away).</summary>
    [Benchmark]
    public int Hit() =>
        _highlighter.Title(HitDoc, _title).Marks.Count + _highlighter.Snippet(HitDoc, _body).Marks.Count
        + _highlighter.MatchingQuotes(HitDoc, _quotes).Sum(q => q.Quote.Marks.Count);

    /// <summary>The parts of <see cref="Hit"/>: the title, the body snippet (postings read, then the window found), the quotes.</summary>
    [Benchmark]
    public int TitleOnly() => _highlighter.Title(HitDoc, _title).Marks.Count;

    [Benchmark]
    public int SnippetOnly() => _highlighter.Snippet(HitDoc, _body).Marks.Count;

    [Benchmark]
    public int QuotesOnly() => _highlighter.MatchingQuotes(HitDoc, _quotes).Count;

    /// <summary>A search's first hit: the highlighter built from the query, its terms looked up in the segment, one hit marked.</summary>
    [Benchmark]
    public int FirstHit()
    {
        var highlighter = new HitHighlighter(_query, _reader);
        return highlighter.Title(HitDoc, _title).Marks.Count + highlighter.Snippet(HitDoc, _body).Marks.Count
            + highlighter.MatchingQuotes(HitDoc, _quotes).Sum(q => q.Quote.Marks.Count);
    }

    private static Query Query(string shape)
    {
        var query = new BooleanQuery();
        foreach (var field in Fields)
        {
            var terms = Analyzer.Terms(field, "port authority");
            switch (shape)
            {
                case "words":
                    foreach (var term in terms) query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                    break;
                case "phrase":
                    var phrase = new PhraseQuery();
                    foreach (var term in terms) phrase.Add(new Term(field, term));
                    query.Add(phrase, Occur.SHOULD);
                    break;
                default:
                    query.Add(new PrefixQuery(new Term(field, "fish")), Occur.SHOULD);
                    break;
            }
        }
        return query;
    }
}

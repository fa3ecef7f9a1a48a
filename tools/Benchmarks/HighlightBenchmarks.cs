using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;

namespace SearchEngine.Benchmarks;

/// <summary>
/// What marking one hit costs with <see cref="HitHighlighter"/> (Lucene's QueryScorer over re-analysed text): the
/// article's title, a snippet of its 4.4 KB body and five quotes, for a two-word query in the default fields
/// (title, body, quote) as separate words, as a phrase, and for one prefix.
/// </summary>
[MemoryDiagnoser]
public class HighlightBenchmarks
{
    private static readonly NewsAnalyzer Analyzer = new();
    private static readonly string[] Fields = [SearchFields.Title.Name, SearchFields.Body.Name, SearchFields.Quote.Name];

    private HitHighlighter _highlighter = null!;
    private string _title = "";
    private string _body = "";
    private string[] _quotes = [];

    /// <summary>words: <c>port expansion</c>; phrase: <c>"port authority"</c>; prefix: <c>fish*</c>.</summary>
    [Params("words", "phrase", "prefix")]
    public string Shape { get; set; } = "words";

    [GlobalSetup]
    public void Setup()
    {
        var article = SampleArticle.Extracted(SampleArticle.Text);
        (_title, _body) = (article.Title, article.Text);
        _quotes = article.Quotes.Select(q => q.Text).Concat(Enumerable.Repeat("Nothing to see here.", 5)).Take(5).ToArray();
        _highlighter = new HitHighlighter(Query(Shape), Analyzer);
        if (Hit() == 0) throw new InvalidOperationException($"the '{Shape}' query marks nothing in the article");
    }

    /// <summary>Marks of one hit: title, body snippet, matching quotes (the count, so nothing is optimised away).</summary>
    [Benchmark]
    public int Hit() =>
        _highlighter.Title(_title).Marks.Count + _highlighter.Snippet(_body).Marks.Count
        + _highlighter.MatchingQuotes(_quotes).Sum(q => q.Quote.Marks.Count);

    /// <summary>The baseline: only the analysis of the same texts, which highlighting cannot avoid.</summary>
    [Benchmark]
    public int AnalysisOnly()
    {
        var count = Analyzer.Terms(SearchFields.Title.Name, _title).Count + Analyzer.Terms(SearchFields.Body.Name, _body).Count;
        foreach (var quote in _quotes) count += Analyzer.Terms(SearchFields.Quote.Name, quote).Count;
        return count;
    }

    /// <summary>The body's tokens re-analysed (what <see cref="Hit"/> pays for the body).</summary>
    [Benchmark]
    public int BodyTokensAnalysed() => Count(Analyzer.GetTokenStream(SearchFields.Body.Name, _body));

    /// <summary>
    /// The body's tokens rebuilt from a stored term vector with positions and offsets (read from a one-document
    /// in-memory index), the alternative to re-analysis for the highlighter's token stream.
    /// </summary>
    [Benchmark]
    public int BodyTokensFromTermVector() =>
        Count(Lucene.Net.Search.Highlight.TokenSources.GetTokenStream(_vectorReader!.GetTermVector(0, SearchFields.Body.Name), true));

    private DirectoryReader? _vectorReader;

    [GlobalSetup(Targets = [nameof(BodyTokensFromTermVector)])]
    public void SetupVectors()
    {
        Setup();
        var directory = new Lucene.Net.Store.RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, Analyzer)))
        {
            var type = new Lucene.Net.Documents.FieldType(Lucene.Net.Documents.TextField.TYPE_STORED)
                { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true };
            writer.AddDocument([new Lucene.Net.Documents.Field(SearchFields.Body.Name, _body, type)]);
        }
        _vectorReader = DirectoryReader.Open(directory);
    }

    private static int Count(Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            stream.Reset();
            var sum = 0;
            while (stream.IncrementToken()) sum += offset.EndOffset;
            stream.End();
            return sum;
        }
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

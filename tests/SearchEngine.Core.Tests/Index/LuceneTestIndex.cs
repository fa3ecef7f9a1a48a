using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchEngine.Core.Extraction;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Analysis;
using SearchEngine.Core.Search.Query;
using LuceneIndexWriter = Lucene.Net.Index.IndexWriter;
using LuceneIndexSearcher = Lucene.Net.Search.IndexSearcher;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// A Lucene index in memory with the article schema the query builder targets (<see cref="ArticleSchema"/>): full-text
/// fields named as <see cref="SearchFields"/> analysed by <see cref="NewsAnalyzer"/>, <c>kind</c>, an indexed int
/// <c>date</c> when dated and a stored <c>id</c>. Besides articles it holds the index's other documents, made by the
/// indexer's own code (a file document, a cluster, related passages, the person catalogue), so a query that is not
/// restricted to articles (a lone exclusion, say) finds them and fails the test.
/// </summary>
internal sealed class LuceneTestIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly LuceneIndexWriter _writer;
    private Lucene.Net.Index.DirectoryReader? _reader;

    public LuceneTestIndex() =>
        _writer = new LuceneIndexWriter(_directory, new Lucene.Net.Index.IndexWriterConfig(NewsAnalyzer.Version, Analyzer));

    public NewsAnalyzer Analyzer { get; } = new();

    /// <summary>The six articles of the old FTS5 tests, each written to exercise one part of the language, and two non-articles.</summary>
    public static LuceneTestIndex WithSampleArticles()
    {
        var index = new LuceneTestIndex();
        index.Add(1, 20251122, title: "Peace plan talks resume in Geneva",
            body: "Negotiators said negotiating a ceasefire would take weeks. The plan has twenty points.",
            quote: "We want peace", speaker: "Marco Rubio", person: "Marco Rubio\nVolodymyr Zelensky",
            outlet: "Reuters", cites: "Axios", author: "Jane Doe");
        index.Add(2, 20251120, title: "Budget vote delayed",
            body: "Senators debated the budget until midnight; the vote on the plan was postponed.",
            person: "Chuck Schumer", outlet: "AP", author: "John Roe");
        index.Add(3, 20251105, title: "Election results in Honduras",
            body: "Núñez led the count in Tegucigalpa. Observers praised the peaceful vote.",
            person: "Nasry Núñez", outlet: "BBC");
        index.Add(4, 20250115, title: "Ceasefire negotiations stall",
            body: "Talks about the ceasefire collapsed; no negotiations are planned for January.",
            outlet: "Reuters", author: "Jane Doe");
        index.Add(5, null, title: "Website http://example.org launched",
            body: "The covid-19 dashboard at http://example.org/data shows 10:30 updates. Use AND, OR and NOT wisely.",
            outlet: "Blog");
        index.Add(6, 20241231, title: "Year in review",
            body: "A look back at peace efforts and wars around the world.", author: "Ann Other");
        index._writer.AddDocument(ArticleDocuments.ForFile(new IndexedFile("a.txt", 10, 1, "hash", "signature", ["1"])));
        index._writer.AddDocument(DerivedDocuments.Cluster(SearchEngine.Core.Duplicates.DuplicateLevel.Story, 1,
            new SearchEngine.Core.Duplicates.DuplicateCluster(SearchEngine.Core.Duplicates.DuplicateLevel.Story,
                [new SearchEngine.Core.Duplicates.ClusterMember("1", "Reuters", null, 1)])));
        index._writer.AddDocument(DerivedDocuments.Related("1", StoredRelations.None));
        index._writer.AddDocument(DerivedDocuments.Catalog([]));
        return index;
    }

    /// <summary>The ids of the article documents, ascending.</summary>
    public List<long> ArticleIds { get; } = [];

    /// <summary>
    /// Adds a document. Multi-valued fields (person names) are given one value a line; each person name is followed by its
    /// identity key, as the indexer stores it, so that <c>Zelenskyy</c> finds Zelensky.
    /// </summary>
    public void Add(long id, int? date, string title = "", string body = "", string quote = "", string speaker = "",
        string person = "", string outlet = "", string cites = "", string author = "", string kind = ArticleSchema.ArticleKind)
    {
        var document = new Document
        {
            new StringField(ArticleSchema.Kind, kind, Field.Store.YES),
            new StringField(ArticleSchema.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
        };
        if (date is { } yyyymmdd)
            document.Add(new Int32Field(ArticleSchema.Date, yyyymmdd, Field.Store.NO));
        var names = person.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var persons = names.Concat(names.Select(PersonKey.For)).Distinct();
        var fields = new (SearchField Field, string[] Values)[]
        {
            (SearchFields.Title, [title]), (SearchFields.Body, [body]), (SearchFields.Quote, [quote]),
            (SearchFields.Speaker, [speaker]), (SearchFields.Person, persons.ToArray()), (SearchFields.Outlet, [outlet]),
            (SearchFields.Cites, [cites]), (SearchFields.Author, [author]),
        };
        foreach (var (field, values) in fields)
        {
            foreach (var value in values.Where(v => v.Length > 0))
                document.Add(new TextField(field.Name, value, Field.Store.NO));
        }

        _writer.AddDocument(document);
        _reader?.Dispose();
        _reader = null;
        if (kind == ArticleSchema.ArticleKind)
            ArticleIds.Add(id);
    }

    /// <summary>Parses and builds a query; fails the test if it does not parse.</summary>
    public LuceneQuery Build(string query, Func<SearchField, float>? boost = null)
    {
        var parsed = QueryTextParser.Parse(query);
        Assert.True(parsed.Succeeded, $"'{query}' did not parse: {parsed.Error?.Message}");
        return LuceneQueryBuilder.Build(parsed.Query!, Analyzer, boost);
    }

    /// <summary>The ids of the matching articles, ascending.</summary>
    public IReadOnlyList<long> Search(string query) => Search(Build(query));

    /// <inheritdoc cref="Search(string)"/>
    public IReadOnlyList<long> Search(QueryNode query) => Search(LuceneQueryBuilder.Build(query, Analyzer));

    /// <summary>Runs a built query; fails the test if it finds a document that is not an article.</summary>
    public IReadOnlyList<long> Search(LuceneQuery query) => Ranked(query).Select(hit => hit.Id).Order().ToList();

    /// <summary>The matching articles, best first, with their scores.</summary>
    public IReadOnlyList<(long Id, float Score)> Ranked(string query, Func<SearchField, float>? boost = null) =>
        Ranked(Build(query, boost));

    private IReadOnlyList<(long Id, float Score)> Ranked(LuceneQuery query)
    {
        if (_reader is null)
        {
            _writer.Commit(); // documents added since the last search become one segment
            _reader = Lucene.Net.Index.DirectoryReader.Open(_directory);
        }

        var searcher = new LuceneIndexSearcher(_reader);
        var hits = new List<(long Id, float Score)>();
        foreach (var hit in searcher.Search(query, 20).ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            if (document.Get(ArticleSchema.Kind) != ArticleSchema.ArticleKind)
                Assert.Fail($"document {hit.Doc}, not an article, matched {query}");
            var id = long.Parse(document.Get(ArticleSchema.Id), System.Globalization.CultureInfo.InvariantCulture);
            hits.Add((id, hit.Score));
        }

        return hits;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}

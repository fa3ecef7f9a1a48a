using BenchmarkDotNet.Attributes;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Query;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The query path before Lucene runs it: <see cref="QueryTextParser.Parse"/> and <see cref="LuceneQueryBuilder.Build"/>,
/// for the shapes users type and one built to the parser's limits.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    /// <summary>The query text of each shape.</summary>
    public static IReadOnlyDictionary<string, string> Queries { get; } = new Dictionary<string, string>
    {
        ["single"] = "zelenskyy",
        ["phrase"] = "\"peace plan\"",
        ["fields"] = "title:(trump OR putin) AND quote:\"peace plan\" -outlet:reuters date:[2025-01-01 TO 2025-12-31]",
        ["adversarial"] = Adversarial(),
    };

    private readonly SearchEngine.Core.Search.Analysis.NewsAnalyzer _analyzer = new();
    private QueryNode _parsed = null!;
    private string _query = "";

    /// <summary>Which query shape; the text is in <see cref="Queries"/>.</summary>
    [Params("single", "phrase", "fields", "adversarial")]
    public string Shape { get; set; } = "single";

    [GlobalSetup]
    public void Setup()
    {
        _query = Queries[Shape];
        var result = QueryTextParser.Parse(_query);
        if (!result.Succeeded)
            throw new InvalidOperationException($"the '{Shape}' query does not parse: {result.Error}");
        _parsed = result.Query!;
    }

    [Benchmark(Description = "QueryTextParser.Parse")]
    public ParseResult Parse() => QueryTextParser.Parse(_query);

    [Benchmark(Description = "LuceneQueryBuilder.Build")]
    public Lucene.Net.Search.Query Build() => LuceneQueryBuilder.Build(_parsed, _analyzer);

    /// <summary>
    /// Near the limits at once: nesting 18 deep of 20, 63 words of 64, FTS5 syntax typed as text, fields inside fields,
    /// exclusions, ORs mixing text with dates, and the warnings (boosts, fuzzy, stray operators) the parser reports.
    /// </summary>
    private static string Adversarial()
    {
        var builder = new System.Text.StringBuilder();
        // each cycle opens 4 parentheses and 1 field (depth 5); with the 3 plain ones the phrase sits at depth 18 of 20
        for (var cycle = 0; cycle < 3; cycle++)
            builder.Append("title:(").Append("(NEAR(a OR ").Append("-(body:x^2 AND ");
        builder.Append("((( \"peace \"\"plan\"\" {title} *\"~5");
        builder.Append(')', 15);
        for (var i = 0; i < 15; i++)
            builder.Append($" OR (w{i}* AND -\"col{i}:value\" OR date:>=2025-0{i % 9 + 1} fuzzy{i}~2 AND)");
        builder.Append(" Zelenskyy’s Núñez 600,000 NOT NOT quote:\"« ^ » ; -- ' DROP TABLE articles\"");
        var query = builder.ToString();
        return query.Length <= QueryTextParser.MaxLength ? query : throw new InvalidOperationException("adversarial query too long");
    }
}

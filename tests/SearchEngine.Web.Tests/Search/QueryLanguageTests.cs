using System.Net;
using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.WebApp;

namespace SearchEngine.Web.Tests.Search;

/// <summary>
/// The query language end to end: each query goes through the results page and <c>/api/search</c>, and the hits must be
/// exactly the documents of the test corpus that the query describes.
/// </summary>
public sealed class QueryLanguageTests(NewsApp app) : IClassFixture<NewsApp>
{
    private static readonly Dictionary<string, Func<CorpusDoc, bool>> Expected = new()
    {
        ["wheat"] = d => d.Has("wheat"),
        ["WHEAT"] = d => d.Has("wheat"),
        ["\"wheat harvest\""] = d => d.Has("wheat harvest"),
        ["wheat drought"] = d => d.Has("wheat") && d.Has("drought"),
        ["wheat AND drought"] = d => d.Has("wheat") && d.Has("drought"),
        ["drought OR railway"] = d => d.Has("drought") || d.Has("railway"),
        ["wheat NOT drought"] = d => d.Has("wheat") && !d.Has("drought"),
        ["wheat -drought"] = d => d.Has("wheat") && !d.Has("drought"),
        ["+wheat -drought"] = d => d.Has("wheat") && !d.Has("drought"),
        ["(harbor OR wheat) AND record"] = d => (d.Has("harbor") || d.Has("wheat")) && d.Has("record"),
        ["harbor OR wheat AND record"] = d => d.Has("harbor") || (d.Has("wheat") && d.Has("record")),
        ["dredg*"] = d => d.HasPrefix("dredg"),
        ["ferr* AND island"] = d => d.HasPrefix("ferr") && d.Has("island"),
        ["\"council plan\"~5"] = d => d.File == "d1.txt",
        ["\"council plan\"~1"] = _ => false,
        ["\"council plan\""] = _ => false,
        ["title:harbor"] = d => d.InTitle("harbor"),
        ["body:harbor"] = d => d.InBody("harbor"),
        ["title:(wheat OR railway)"] = d => d.InTitle("wheat") || d.InTitle("railway"),
        ["season"] = d => d.Has("season"),
        ["quote:season"] = d => d.File == "d3.txt",
        ["speaker:Delgado"] = d => d.File is "d1.txt" or "d2.txt",
        ["person:Delgado"] = d => d.Persons.Contains(NewsCorpus.Delgado),
        ["person:\"Tomas Berglund\""] = d => d.Persons.Contains(NewsCorpus.Berglund),
        ["outlet:\"Prairie Courier\""] = d => d.Outlet == NewsCorpus.Prairie,
        ["outlet:summit"] = d => d.Outlet == NewsCorpus.Summit,
        ["cites:Reuters"] = d => d.Cites.Contains("Reuters"),
        ["cites:telegraph"] = d => d.Cites.Contains("The Telegraph"),
        ["author:Ortiz"] = d => d.Author == "Ben Ortiz",
        ["author:\"Ann Porter\" -harbor"] = d => d.Author == "Ann Porter" && !d.Has("harbor"),
        ["date:2025-03-04"] = d => d.Date == new DateOnly(2025, 3, 4),
        ["date:2025-09"] = d => d.Date is { Year: 2025, Month: 9 },
        ["date:2024"] = d => d.Date is { Year: 2024 },
        ["date:[2025-03-01 TO 2025-03-31]"] = d => d.Date >= new DateOnly(2025, 3, 1) && d.Date <= new DateOnly(2025, 3, 31),
        ["date:{2025-03-04 TO 2025-09-01}"] = d => d.Date > new DateOnly(2025, 3, 4) && d.Date < new DateOnly(2025, 9, 1),
        ["date:[2025-09-02 TO *]"] = d => d.Date >= new DateOnly(2025, 9, 2),
        ["date:>=2025-11-20"] = d => d.Date >= new DateOnly(2025, 11, 20),
        ["date:<2025"] = d => d.Date < new DateOnly(2025, 1, 1),
        ["harbor date:2025-03"] = d => d.Has("harbor") && d.Date is { Year: 2025, Month: 3 },
        // Forgiven input: an unclosed quote or parenthesis is closed, a lone * or a boost is ignored.
        ["\"wheat harvest"] = d => d.Has("wheat harvest"),
        ["(wheat OR drought"] = d => d.Has("wheat") || d.Has("drought"),
        ["wheat^2"] = d => d.Has("wheat"),
        ["*"] = _ => true,
        ["wheat )"] = d => d.Has("wheat"),
    };

    public static TheoryData<string> Queries() => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Results_page_lists_exactly_the_articles_the_query_describes(string query)
    {
        var expected = app.Titles(Expected[query]);
        var (status, page) = await app.GetPage($"/?size=50&q={Q(query)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.QuerySelector(".query-error"));
        Assert.Equal(expected, HitTitles(page));
        if (expected.Count > 0)
            Assert.Equal(expected.Count.ToString(), page.QuerySelector("#total strong")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Api_returns_exactly_the_articles_the_query_describes(string query)
    {
        var expected = app.Titles(Expected[query]);
        var (status, json) = await app.GetJson($"/api/search?size=50&q={Q(query)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(expected, HitTitles(json));
    }

    [Theory]
    [InlineData("\"wheat harvest", "closed the quote")]
    [InlineData("(wheat OR drought", "closed the parenthesis")]
    [InlineData("*", "no letters or digits")]
    [InlineData("wheat^2", "boost")]
    public async Task Api_reports_what_the_forgiving_parser_repaired(string query, string warning)
    {
        var (_, json) = await app.GetJson($"/api/search?q={Q(query)}");
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), w => w.ToString().Contains(warning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"wheat harvest", "closed the quote")]
    [InlineData("(wheat OR drought", "closed the parenthesis")]
    public async Task The_page_says_what_the_forgiving_parser_repaired(string query, string warning)
    {
        var (status, page) = await app.GetPage($"/?q={Q(query)}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(page.QuerySelectorAll(".query-warning"), w => w.TextContent.Contains(warning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("foo:bar", "unknown field 'foo'")]
    [InlineData("speker:\"Maria Delgado\"", "unknown field 'speker'")]
    [InlineData("date:2025-13-45", "is not a date")]
    [InlineData("date:yesterday", "is not a date")]
    [InlineData("date:[2025-01-01 TO]", "should read [FROM TO UNTIL]")]
    [InlineData("date:[2025-01-01 TO 2025-02-01", "not closed")]
    [InlineData("w*", "too short")]
    [InlineData("\"council plan\"~500", "too wide")]
    public async Task A_query_that_cannot_be_parsed_gets_a_message_on_the_page_and_400_from_the_api(string query, string message)
    {
        var (status, page) = await app.GetPage($"/?q={Q(query)}");
        Assert.Equal(HttpStatusCode.OK, status);
        var error = page.QuerySelector(".query-error[role=alert]");
        Assert.NotNull(error);
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".hit"));
        // The query stays in the box so it can be corrected.
        Assert.Equal(query, page.QuerySelector("input#q")!.GetAttribute("value"));

        var (apiStatus, json) = await app.GetJson($"/api/search?q={Q(query)}");
        Assert.Equal(HttpStatusCode.BadRequest, apiStatus);
        Assert.Contains(message, json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2025-99-01", "'from' must be a date")]
    [InlineData("to=tomorrow", "'to' must be a date")]
    [InlineData("sort=sideways", "'sort' must be relevance, newest or oldest")]
    [InlineData("page=0", "'page' must be a whole number")]
    [InlineData("size=100000", "'size' must be a whole number")]
    [InlineData("from=2025-06-01&to=2025-01-01", "'from' (2025-06-01) is after 'to' (2025-01-01)")]
    public async Task A_bad_parameter_gets_a_message_on_the_page_and_400_from_the_api(string parameter, string message)
    {
        var (status, page) = await app.GetPage($"/?q=wheat&{parameter}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, page.QuerySelector(".query-error")!.TextContent, StringComparison.Ordinal);

        var (apiStatus, json) = await app.GetJson($"/api/search?q=wheat&{parameter}");
        Assert.Equal(HttpStatusCode.BadRequest, apiStatus);
        Assert.Contains(message, json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facetSize=-1")]
    [InlineData("facetSize=10001")]
    [InlineData("facetSize=many")]
    public async Task A_bad_facet_size_is_a_400_naming_the_allowed_range(string parameter)
    {
        var (status, json) = await app.GetJson($"/api/search?q=wheat&{parameter}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'facetSize' must be a whole number from 0 to 10,000", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NEAR(wheat harvest)")]
    [InlineData("NEAR(wheat harvest, 2)")]
    [InlineData("wheat NEAR/3 harvest")]
    [InlineData("^")]
    [InlineData("^wheat")]
    [InlineData(":")]
    [InlineData("title:")]
    [InlineData(":wheat")]
    [InlineData("'")]
    [InlineData("O'Brien's")]
    [InlineData(";")]
    [InlineData("--")]
    [InlineData("-")]
    [InlineData("wheat'; DROP TABLE articles; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("\"")]
    [InlineData(")))")]
    [InlineData("((((")]
    [InlineData("AND OR NOT")]
    [InlineData("{wheat}")]
    [InlineData("wheat*harvest")]
    [InlineData("* *")]
    [InlineData("body:body:wheat")]
    [InlineData("date:")]
    [InlineData("\\\"wheat\\\"")]
    [InlineData("wheat\u0000harvest")]
    public async Task Operators_and_sql_metacharacters_never_make_a_server_error(string query)
    {
        var (status, page) = await app.GetPage($"/?q={Q(query)}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("#results"));
        Assert.DoesNotContain("failed unexpectedly", page.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);

        var (fragmentStatus, _) = await app.GetPage($"/?q={Q(query)}", htmx: true);
        Assert.Equal(HttpStatusCode.OK, fragmentStatus);

        var (apiStatus, json) = await app.GetJson($"/api/search?q={Q(query)}");
        Assert.True(apiStatus is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"/api/search answered {(int)apiStatus}");
        if (apiStatus == HttpStatusCode.BadRequest)
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("error").GetString()));

        using var csv = await app.Client.GetAsync($"/api/search.csv?q={Q(query)}", TestContext.Current.CancellationToken);
        Assert.True(csv.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"/api/search.csv answered {(int)csv.StatusCode}");

        // Whatever was typed, the index is intact afterwards.
        var (_, after) = await app.GetJson("/api/search?q=wheat");
        Assert.Equal(app.Docs.Count(d => d.Has("wheat")), after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_empty_query_browses_everything_newest_first()
    {
        var (_, json) = await app.GetJson("/api/search?size=50");
        var dates = json.GetProperty("hits").EnumerateArray().Select(h => DateOnly.Parse(h.GetProperty("date").GetString()!)).ToList();
        Assert.Equal(app.Docs.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(app.Docs.Select(d => d.Date!.Value).OrderDescending(), dates);

        var (_, page) = await app.GetPage("/");
        Assert.Equal(app.Docs.Count.ToString(), page.QuerySelector("#total strong")!.TextContent);
        Assert.Equal("newest", page.QuerySelector(".sort-option.current")!.TextContent);
    }

    [Fact]
    public async Task Matched_terms_are_highlighted_with_mark_only()
    {
        var (_, page) = await app.GetPage($"/?q={Q("dredging")}");
        var marks = page.QuerySelectorAll(".hit-snippet mark, .hit-title mark");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("dredging", m.TextContent, ignoreCase: true));
        Assert.DoesNotContain(page.QuerySelectorAll(".hit-snippet *"), e => e.LocalName != "mark");
    }

    [Fact]
    public async Task Matching_quotes_are_shown_with_their_speaker()
    {
        var (_, page) = await app.GetPage($"/?q={Q("quote:channel")}");
        var quote = page.QuerySelector(".hit-quotes li");
        Assert.NotNull(quote);
        Assert.Contains("channel must be deeper", quote.QuerySelector("q")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(NewsCorpus.Delgado, quote.QuerySelector(".speaker")!.TextContent, StringComparison.Ordinal);
    }
}

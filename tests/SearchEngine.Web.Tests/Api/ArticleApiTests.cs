using System.Net;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Api;

public sealed class ArticleApiTests(NewsApp app) : IClassFixture<NewsApp>
{
    [Fact]
    public async Task Api_article_returns_the_article_with_its_metadata_persons_and_quotes()
    {
        var doc = app.Doc("d2.txt");
        var id = await app.IdOf("d2.txt");
        var (status, json) = await app.GetJson($"/api/articles/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal(doc.Title, json.GetProperty("title").GetString());
        Assert.Equal(doc.Outlet, json.GetProperty("outlet").GetString());
        Assert.Equal("2025-03-10", json.GetProperty("date").GetString());
        Assert.Equal(doc.Author, json.GetProperty("author").GetString());
        Assert.Equal(doc.Cites, json.GetProperty("citedOutlets").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(NewsCorpus.Delgado, json.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains(json.GetProperty("quotes").EnumerateArray(), q =>
            q.GetProperty("speaker").GetString() == NewsCorpus.Delgado && q.GetProperty("text").GetString()!.Contains("fishing grounds", StringComparison.Ordinal));
        Assert.Contains("gathered at the pier", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_article_keeps_markup_in_the_text_as_data()
    {
        var (_, json) = await app.GetJson($"/api/articles/{await app.IdOf("d7.txt")}");
        Assert.Contains("<script>alert(1)</script>", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles/0000000000000000")]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/%3Cscript%3E")]
    public async Task Api_article_answers_404_with_an_error_for_an_unknown_id(string url)
    {
        var (status, json) = await app.GetJson(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.StartsWith("no article with id", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_search_hits_carry_what_the_results_page_shows()
    {
        var (_, json) = await app.GetJson("/api/search?q=dredging&sort=oldest");
        var first = json.GetProperty("hits")[0];
        var doc = app.Doc("d1.txt");
        Assert.Equal(doc.Title, first.GetProperty("title").GetString());
        Assert.Equal(doc.Outlet, first.GetProperty("outlet").GetString());
        Assert.Equal(doc.Author, first.GetProperty("author").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("application/json", (await app.GetRaw("/api/search?q=x")).Response.Content.Headers.ContentType!.MediaType);
    }
}

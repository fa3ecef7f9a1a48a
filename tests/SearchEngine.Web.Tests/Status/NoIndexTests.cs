using System.Net;
using System.Text.Json;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Status;

public sealed class NoIndexTests(NoIndexApp app) : IClassFixture<NoIndexApp>
{
    [Fact]
    public async Task Status_reports_the_failure_and_names_the_missing_corpus()
    {
        var (status, json) = await app.GetJson("/api/status");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("failed", json.GetProperty("phase").GetString());
        Assert.Contains("no-corpus", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_page_answers_with_the_reason_instead_of_results()
    {
        var (status, page) = await app.GetPage("/?q=wheat");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("no corpus folder", page.QuerySelector("#status.banner-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("There is no index to search", page.QuerySelector(".hits .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".hit"));
    }

    [Theory]
    [InlineData("/api/search?q=wheat")]
    [InlineData("/api/search.csv?q=wheat")]
    [InlineData("/api/search.json")]
    [InlineData("/api/articles/0000000000000000")]
    [InlineData("/api/stats")]
    public async Task Api_answers_503_with_the_reason(string url)
    {
        var (status, json) = await app.GetJson(url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("no corpus folder", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/0000000000000000", HttpStatusCode.NotFound)]
    [InlineData("/coverage?q=wheat", HttpStatusCode.OK)]
    [InlineData("/compare/0000000000000000/0000000000000001", HttpStatusCode.NotFound)]
    [InlineData("/health", HttpStatusCode.OK)]
    public async Task Pages_still_answer_without_a_server_error(string url, HttpStatusCode expected)
    {
        var (response, _) = await app.GetRaw(url);
        using (response)
            Assert.Equal(expected, response.StatusCode);
    }
}

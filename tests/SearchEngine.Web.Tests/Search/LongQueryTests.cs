using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using SearchEngine.Core.Search.Query;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Search;

/// <summary>
/// A query far over the length limit, as when a paragraph is pasted, gets the app's message from the page, the htmx
/// fragment, coverage and the API, on the real server: never Kestrel's bare 414 or 431, never a 500.
/// </summary>
public sealed class LongQueryTests(KestrelNewsApp app) : IClassFixture<KestrelNewsApp>
{
    /// <summary>Words of pasted text, some with accents and curly quotes (up to 9 bytes a character percent-encoded), <paramref name="length"/> characters long.</summary>
    public static string Pasted(int length)
    {
        var words = new[] { "harbor", "“dredging”", "plan", "café", "naïve", "déjà", "vu", "council", "vote", "—", "Zürich" };
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++) text.Append(words[i % words.Length]).Append(' ');
        // Not ending in a space, which the form or the parser might trim.
        return text.ToString(0, length - 1) + "x";
    }

    public static TheoryData<int> Lengths => [4_900, 5_000, 20_000];

    private static string Limit => $"the limit is {QueryTextParser.MaxLength}";

    [Theory]
    [MemberData(nameof(Lengths))]
    public async Task The_page_says_the_query_is_over_the_limit(int length)
    {
        var query = Pasted(length);
        var (response, body) = await app.GetRaw("/?q=" + Uri.EscapeDataString(query));
        using (response) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(body);
        Assert.Contains(Limit, page.QuerySelector(".query-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(query, page.QuerySelector("#q")!.GetAttribute("value"));
        Assert.True(page.Title!.Length < 100, $"the title is {page.Title.Length} characters long");
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public async Task The_htmx_fragment_says_so_even_with_the_long_address_repeated_in_the_headers(int length)
    {
        var url = "/?q=" + Uri.EscapeDataString(Pasted(length));
        var current = new Uri(app.BaseAddress, url).AbsoluteUri;
        var (response, body) = await app.GetRaw(url, ("HX-Request", "true"), ("HX-Current-URL", current), ("Referer", current));
        using (response) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Limit, new HtmlParser().ParseDocument(body).QuerySelector(".query-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public async Task The_api_answers_400_with_the_message(int length)
    {
        foreach (var path in new[] { "/api/search", "/api/coverage", "/api/search.csv" })
        {
            var (response, body) = await app.GetRaw(path + "?q=" + Uri.EscapeDataString(Pasted(length)));
            using (response) Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(Limit, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public async Task Coverage_says_so_too(int length)
    {
        var (response, body) = await app.GetRaw("/coverage?q=" + Uri.EscapeDataString(Pasted(length)));
        using (response) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Limit, new HtmlParser().ParseDocument(body).QuerySelector(".query-error")!.TextContent, StringComparison.Ordinal);
    }
}

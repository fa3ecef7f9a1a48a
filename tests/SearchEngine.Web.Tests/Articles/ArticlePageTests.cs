using System.Net;
using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.NewsCorpus;

namespace SearchEngine.Web.Tests.Articles;

public sealed class ArticlePageTests(NewsApp app) : IClassFixture<NewsApp>
{
    [Fact]
    public async Task Article_page_shows_text_metadata_persons_and_quotes()
    {
        var doc = app.Doc("d1.txt");
        var id = await app.IdOf("d1.txt");
        var (status, page) = await app.GetPage($"/articles/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(doc.Title, page.QuerySelector("h1#article-title")!.TextContent);
        Assert.Contains("approved the harbor dredging plan", page.QuerySelector(".article-text")!.TextContent, StringComparison.Ordinal);
        var meta = page.QuerySelector(".article-meta")!;
        Assert.Equal("/?outlet=Harbor%20Ledger", meta.QuerySelectorAll("a").Single(a => a.TextContent == Harbor).GetAttribute("href"));
        Assert.Equal("2025-03-04", meta.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains(doc.Author!, meta.TextContent, StringComparison.Ordinal);

        var person = page.QuerySelectorAll(".person-list a").Single(a => a.TextContent == Delgado);
        Assert.Equal("/?person=Maria%20Delgado", person.GetAttribute("href"));
        var quote = page.QuerySelector(".quote-list li")!;
        Assert.Equal("The channel must be deeper for the new ships", quote.QuerySelector("blockquote")!.TextContent.Trim('“', '”', ','));
        Assert.Contains(Delgado, quote.QuerySelector(".speaker")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_written_after_the_outlet_is_shown_apart_and_the_outlet_links_to_its_facet()
    {
        var (_, page) = await app.GetPage($"/articles/{await app.IdOf("d6.txt")}");

        var meta = page.QuerySelector(".article-meta")!;
        var terms = meta.QuerySelectorAll("dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent)).ToList();
        Assert.Contains(("Outlet", Harbor), terms);
        Assert.Contains(("Section", "Opinion"), terms);
    }

    [Fact]
    public async Task A_person_link_on_the_article_page_filters_the_search_to_that_person()
    {
        var (_, article) = await app.GetPage($"/articles/{await app.IdOf("d2.txt")}");
        var href = article.QuerySelectorAll(".person-list a").Single(a => a.TextContent == Delgado).GetAttribute("href")!;
        var (_, results) = await app.GetPage(href + "&size=50");
        Assert.Equal(app.Titles(d => d.Persons.Contains(Delgado)), WebApp.HitTitles(results));
    }

    [Fact]
    public async Task Cited_outlets_link_to_the_cites_facet()
    {
        var (_, article) = await app.GetPage($"/articles/{await app.IdOf("d2.txt")}");
        var cites = article.QuerySelectorAll(".article-meta a").Single(a => a.TextContent == "Reuters");
        Assert.Equal("/?cites=Reuters", cites.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/articles/0000000000000000")]
    [InlineData("/articles/not-an-id")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/..%2F..%2Fmetadata.tsv")]
    [InlineData("/articles/%2Fetc%2Fpasswd")]
    [InlineData("/articles/..%5C..%5Cwindows%5Cwin.ini")]
    public async Task Unknown_or_path_shaped_ids_get_the_not_found_page(string url)
    {
        var (response, body) = await app.GetRaw(url);
        using (response)
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such article", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("file\toutlet", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_id_echoed_on_the_not_found_page_is_encoded()
    {
        var (response, body) = await app.GetRaw("/articles/%3Cscript%3Ealert(9)%3C%2Fscript%3E");
        using (response)
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>alert(9)", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(9)", body, StringComparison.Ordinal);
    }
}

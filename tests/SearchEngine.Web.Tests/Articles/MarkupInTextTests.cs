using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.WebApp;

namespace SearchEngine.Web.Tests.Articles;

/// <summary>Markup in article text and in the query is shown as text, never interpreted: only the app's own scripts run.</summary>
public sealed class MarkupInTextTests(NewsApp app) : IClassFixture<NewsApp>
{
    private static readonly string[] OwnScripts = ["/lib/htmx.min.js", "/js/app.js"];

    private static void AssertInert(IHtmlDocument page)
    {
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Contains(s.GetAttribute("src"), OwnScripts));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(page.QuerySelectorAll("main img, main b, #results img, #results b"));
    }

    [Fact]
    public async Task Markup_in_an_article_is_shown_encoded_on_the_results_page()
    {
        var (_, page) = await app.GetPage($"/?q={Q("defaced OR onerror")}");
        AssertInert(page);
        var hit = page.QuerySelector(".hit")!;
        Assert.Contains("<script>alert(1)</script>", hit.QuerySelector(".hit-title")!.TextContent, StringComparison.Ordinal);

        var (_, snippetPage) = await app.GetPage($"/?q={Q("onerror")}");
        AssertInert(snippetPage);
        Assert.Contains("<img src=x onerror=alert(2)>", snippetPage.QuerySelector(".hit-snippet")!.TextContent.Replace("\u2026", ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_an_article_is_shown_encoded_in_the_htmx_fragment()
    {
        var (_, fragment) = await app.GetPage($"/?q={Q("defaced")}", htmx: true);
        Assert.Empty(fragment.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert(1)</script>", fragment.QuerySelector(".hit-title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_an_article_is_shown_encoded_on_the_article_page()
    {
        var (_, page) = await app.GetPage($"/articles/{await app.IdOf("d7.txt")}");
        AssertInert(page);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", page.Title, StringComparison.Ordinal);
        var text = page.QuerySelector(".article-text")!.TextContent;
        Assert.Contains("<script>alert(1)</script> pasted", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", text, StringComparison.Ordinal);
        Assert.Contains("<b>bold</b>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(3)</script>")]
    [InlineData("\"><img src=x onerror=alert(4)>")]
    [InlineData("' onfocus='alert(5)' autofocus='")]
    [InlineData("</title><script>alert(6)</script>")]
    public async Task The_query_echoed_in_the_box_and_the_title_is_encoded(string query)
    {
        var (_, page) = await app.GetPage($"/?q={Q(query)}");
        AssertInert(page);
        Assert.Equal(query, page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Contains(query.Trim(), page.Title, StringComparison.Ordinal);

        var (_, fragment) = await app.GetPage($"/?q={Q(query)}", htmx: true);
        Assert.Empty(fragment.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(fragment.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Facet_values_and_chips_with_markup_are_encoded()
    {
        var (_, page) = await app.GetPage($"/?outlet={Q("<script>alert(7)</script>")}&person={Q("\"><b>x</b>")}");
        AssertInert(page);
        Assert.Contains(page.QuerySelectorAll(".chips a.chip"), a => a.TextContent.Contains("<script>alert(7)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_are_served_with_a_content_security_policy_that_forbids_inline_script()
    {
        var (response, _) = await app.GetRaw("/?q=defaced");
        using (response)
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }
}

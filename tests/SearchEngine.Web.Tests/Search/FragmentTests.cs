using System.Net;
using AngleSharp.Html.Parser;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Search;

/// <summary>One URL, two answers: the whole page for a browser, only the results for htmx, told apart by <c>HX-Request</c>.</summary>
public sealed class FragmentTests(NewsApp app) : IClassFixture<NewsApp>
{
    private const string Url = "/?q=harbor&outlet=Harbor%20Ledger&sort=newest";

    [Fact]
    public async Task A_browser_gets_the_whole_page_marked_as_varying_by_hx_request()
    {
        var (response, body) = await app.GetRaw(Url);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("HX-Request", response.Headers.Vary);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        }
        Assert.StartsWith("<!doctype html>", body.TrimStart(), StringComparison.OrdinalIgnoreCase);
        var page = new HtmlParser().ParseDocument(body);
        Assert.NotNull(page.QuerySelector("form#search-form[hx-get]"));
        Assert.NotNull(page.QuerySelector("#results .hit-list"));
        Assert.NotNull(page.QuerySelector("script[src='/lib/htmx.min.js']"));
    }

    [Fact]
    public async Task Htmx_gets_only_the_results_and_the_form_state_out_of_band()
    {
        var (response, body) = await app.GetRaw(Url, ("HX-Request", "true"));
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("HX-Request", response.Headers.Vary);
        }
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<head", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("id=\"search-form\"", body, StringComparison.Ordinal);

        var fragment = new HtmlParser().ParseDocument(body);
        var state = fragment.QuerySelector("#form-state[hx-swap-oob=true]");
        Assert.NotNull(state);
        Assert.Equal("Harbor Ledger", state.QuerySelector("input[name=outlet]")!.GetAttribute("value"));
        Assert.Equal("newest", state.QuerySelector("input[name=sort]")!.GetAttribute("value"));
        Assert.NotNull(fragment.QuerySelector(".hit-list"));
        Assert.NotNull(fragment.QuerySelector("#facet-outlet"));
    }

    [Fact]
    public async Task Fragment_and_page_show_the_same_hits_and_counts()
    {
        var (_, page) = await app.GetPage(Url);
        var (_, fragment) = await app.GetPage(Url, htmx: true);
        Assert.Equal(page.QuerySelectorAll(".hit-title a").Select(a => a.TextContent), fragment.QuerySelectorAll(".hit-title a").Select(a => a.TextContent));
        Assert.Equal(page.QuerySelector("#total strong")!.TextContent, fragment.QuerySelector("#total strong")!.TextContent);
        Assert.Equal(app.Docs.Count(d => d.Has("harbor") && d.Outlet == NewsCorpus.Harbor).ToString(), fragment.QuerySelector("#total strong")!.TextContent);
    }

    [Fact]
    public async Task Htmx_restoring_history_it_has_no_copy_of_gets_the_whole_page()
    {
        var (response, body) = await app.GetRaw(Url, ("HX-Request", "true"), ("HX-History-Restore-Request", "true"));
        response.Dispose();
        Assert.Contains("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_link_in_the_results_works_without_javascript()
    {
        var (_, page) = await app.GetPage("/?size=2&q=harbor OR wheat OR railway");
        var swapLinks = page.QuerySelectorAll("#results a[hx-get]").ToList();
        Assert.NotEmpty(swapLinks);
        Assert.All(swapLinks, a => Assert.Equal(a.GetAttribute("hx-get"), a.GetAttribute("href")));
        foreach (var href in swapLinks.Select(a => a.GetAttribute("href")!).Distinct().Take(25))
        {
            using var response = await app.Client.GetAsync(href, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var form = page.QuerySelector("form#search-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/", form.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("label[for=q]"));
    }
}

using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.WebApp;

namespace SearchEngine.Web.Tests.Search;

public sealed class PagingAndSortingTests(NewsApp app) : IClassFixture<NewsApp>
{
    private static IReadOnlyList<string> Dates(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".hit time").Select(t => t.GetAttribute("datetime")!).ToList();

    [Fact]
    public async Task Walking_the_pages_shows_every_article_once_in_date_order()
    {
        const int size = 2;
        var pages = (app.Docs.Count + size - 1) / size;
        var seen = new List<string>();
        for (var p = 1; p <= pages; p++)
        {
            var (_, page) = await app.GetPage($"/?size={size}&page={p}");
            var titles = page.QuerySelectorAll(".hit-title a").Select(a => a.TextContent).ToList();
            Assert.InRange(titles.Count, 1, size);
            Assert.Equal(((p - 1) * size + 1).ToString(), page.QuerySelector("ol.hit-list")!.GetAttribute("start"));
            Assert.Equal(p.ToString(), page.QuerySelector(".pager [aria-current=page]")!.TextContent);
            Assert.Equal(p < pages, page.QuerySelector(".pager a[rel=next]") is not null);
            Assert.Equal(p > 1, page.QuerySelector(".pager a[rel=prev]") is not null);
            seen.AddRange(titles);
        }

        var newestFirst = app.Docs.OrderByDescending(d => d.Date).Select(d => d.Title).ToList();
        Assert.Equal(newestFirst, seen);
    }

    [Fact]
    public async Task Next_link_leads_to_the_following_page()
    {
        var (_, first) = await app.GetPage("/?size=3&q=harbor OR council OR wheat OR ferry");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        var (_, second) = await app.GetPage(next);
        Assert.Empty(HitTitles(first).Intersect(HitTitles(second)));
        Assert.Equal("2", second.QuerySelector(".pager [aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task A_page_past_the_end_says_there_are_no_more_results()
    {
        var (status, page) = await app.GetPage("/?size=5&page=40");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Empty(page.QuerySelectorAll(".hit"));
        Assert.Contains("No more results", page.QuerySelector(".hits .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_newest_and_oldest_orders_by_date()
    {
        const string query = "harbor OR wheat OR railway OR ferry";
        var dated = app.Docs.Where(d => d.Has("harbor") || d.Has("wheat") || d.Has("railway") || d.Has("ferry")).Select(d => d.Date!.Value.ToString("yyyy-MM-dd")).ToList();

        var (_, newest) = await app.GetPage($"/?size=50&sort=newest&q={Q(query)}");
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), Dates(newest));
        Assert.Equal("newest", newest.QuerySelector(".sort-option.current")!.TextContent);

        var (_, oldest) = await app.GetPage($"/?size=50&sort=oldest&q={Q(query)}");
        Assert.Equal(dated.Order(StringComparer.Ordinal), Dates(oldest));

        var (_, json) = await app.GetJson($"/api/search?size=50&sort=oldest&q={Q(query)}");
        Assert.Equal("oldest", json.GetProperty("sort").GetString());
        Assert.Equal(dated.Order(StringComparer.Ordinal), json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task Relevance_puts_a_title_match_first_and_offers_the_other_orders_as_links()
    {
        var (_, page) = await app.GetPage("/?q=railway");
        Assert.Equal("Mountain railway reopens", page.QuerySelector(".hit-title a")!.TextContent);
        Assert.Equal("relevance", page.QuerySelector(".sort-option.current")!.TextContent);
        var oldest = page.QuerySelectorAll("a.sort-option").Single(a => a.TextContent == "oldest").GetAttribute("href");
        Assert.Equal("/?q=railway&sort=oldest", oldest);
    }

    [Fact]
    public async Task Api_paging_reports_the_page_count_and_pages_do_not_overlap()
    {
        var (_, one) = await app.GetJson("/api/search?size=4&page=1");
        var (_, two) = await app.GetJson("/api/search?size=4&page=2");
        Assert.Equal((app.Docs.Count + 3) / 4, one.GetProperty("pageCount").GetInt32());
        Assert.Equal(2, two.GetProperty("page").GetInt32());
        Assert.Empty(HitTitles(one).Intersect(HitTitles(two)));
        Assert.Equal(4, HitTitles(two).Count);
    }
}

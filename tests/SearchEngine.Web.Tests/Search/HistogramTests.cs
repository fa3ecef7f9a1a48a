using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.SkewedYearsCorpus;

namespace SearchEngine.Web.Tests.Search;

/// <summary>
/// The date histogram as the server draws it (no script): over a lopsided archive, a scale that keeps small years
/// visible, labelled counts that cannot be read as dates, bars that are links named with their counts, and levels that
/// follow the selected dates with a trail back out.
/// </summary>
public sealed class HistogramTests(SkewedYearsApp app) : IClassFixture<SkewedYearsApp>
{
    private static IElement Bar(IParentNode page, string from) => page.QuerySelector($"svg.histogram a.bar[data-from='{from}']")!;

    private static double BarHeight(IParentNode page, string from) =>
        double.Parse(Bar(page, from).QuerySelector("rect.bar-fill")!.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_whole_archive_is_drawn_by_year_on_a_log_scale_so_a_one_article_year_shows()
    {
        var (_, page) = await app.GetPage("/");

        var bars = page.QuerySelectorAll("svg.histogram a.bar");
        Assert.Equal(LastYear - FirstYear + 1, bars.Length);
        Assert.Equal("articles per year · log scale", page.QuerySelector("#facet-date-h .facet-note")!.TextContent);
        var big = BarHeight(page, $"{BigYear}-01-01");
        Assert.True(BarHeight(page, "1999-01-01") >= big / 10, $"a year of 1 article is {BarHeight(page, "1999-01-01")} high beside {big}");
        Assert.True(BarHeight(page, "1994-01-01") >= big / 2, $"a year of 40 articles is {BarHeight(page, "1994-01-01")} high beside {big}");
        Assert.Equal(0, BarHeight(page, "1988-01-01"));
    }

    [Fact]
    public async Task Count_labels_are_round_counts_that_cannot_be_read_as_dates()
    {
        var (_, page) = await app.GetPage("/");

        var labels = page.QuerySelectorAll(".histogram-y text").Select(t => t.TextContent).ToList();
        Assert.Equal(["10", "100"], labels);
        Assert.Equal(labels.Count, page.QuerySelectorAll("svg.histogram line.gridline").Length);
        var section = page.QuerySelector(".facet-dates")!.TextContent;
        Assert.DoesNotContain("max", section, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Busiest year: {BigYear}, {BigYearCount} articles", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bar_is_a_link_to_its_dates_named_with_its_exact_count()
    {
        var (_, page) = await app.GetPage("/");

        foreach (var bar in page.QuerySelectorAll("svg.histogram a.bar"))
        {
            var year = int.Parse(bar.GetAttribute("data-from")![..4]);
            var count = CountIn(year);
            var name = $"{year}: {count} article{(count == 1 ? "" : "s")}";
            Assert.Equal(name, bar.GetAttribute("aria-label"));
            Assert.Equal(name, bar.QuerySelector("title")!.TextContent);
            Assert.Equal($"/?from={year}-01-01&to={year}-12-31", bar.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_date_axis_names_round_years()
    {
        var (_, page) = await app.GetPage("/");
        Assert.Equal(["1990", "1995", "2000"], page.QuerySelectorAll(".histogram-x text.tick-label").Select(t => t.TextContent));
    }

    [Fact]
    public async Task Following_a_year_shows_its_months_and_a_month_its_days_with_a_trail_back_out()
    {
        var (_, all) = await app.GetPage("/");
        var (_, year) = await app.GetPage(Bar(all, $"{BigYear}-01-01").GetAttribute("href")!);

        var months = year.QuerySelectorAll("svg.histogram a.bar");
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"{BigYear}-{m:00}-01"), months.Select(b => b.GetAttribute("data-from")));
        Assert.Equal(BigYearCount, months.Sum(b => int.Parse(b.GetAttribute("data-count")!)));
        Assert.Equal($"March {BigYear}: 204 articles", Bar(year, $"{BigYear}-03-01").GetAttribute("aria-label"));
        Assert.Equal("articles per month · log scale", year.QuerySelector("#facet-date-h .facet-note")!.TextContent);
        Assert.Equal(["Jan", "Mar", "May", "Jul", "Sep", "Nov", $"{BigYear}"], year.QuerySelectorAll(".histogram-x text.tick-label").Select(t => t.TextContent));
        var trail = year.QuerySelector("nav.histogram-zoom")!;
        Assert.Equal("/", trail.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"{BigYear}", trail.QuerySelector("[aria-current]")!.TextContent);

        var (_, month) = await app.GetPage(Bar(year, $"{BigYear}-03-01").GetAttribute("href")!);
        var days = month.QuerySelectorAll("svg.histogram a.bar");
        Assert.Equal(31, days.Length);
        Assert.Equal($"3 March {BigYear}: 8 articles", Bar(month, $"{BigYear}-03-03").GetAttribute("aria-label"));
        Assert.Equal(["1", "6", "11", "16", "21", "26", $"Mar {BigYear}"], month.QuerySelectorAll(".histogram-x text.tick-label").Select(t => t.TextContent));
        var links = month.QuerySelectorAll("nav.histogram-zoom a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("All dates", "/"), ($"{BigYear}", $"/?from={BigYear}-01-01&to={BigYear}-12-31")], links);
        Assert.Equal($"March {BigYear}", month.QuerySelector("nav.histogram-zoom [aria-current]")!.TextContent);

        var (_, api) = await app.GetJson($"/api/search?from={BigYear}-03-01&to={BigYear}-03-31");
        Assert.Equal("day", api.GetProperty("dates").GetProperty("granularity").GetString());
    }

    [Fact]
    public async Task A_selection_with_no_articles_says_so_and_offers_the_way_out()
    {
        var (_, page) = await app.GetPage("/?from=2030-01-01&to=2030-12-31");
        Assert.Contains("No dated articles in these dates.", page.QuerySelector(".facet-dates")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("All dates", page.QuerySelector("nav.histogram-zoom a")!.TextContent);
    }

    [Fact]
    public async Task The_chart_has_no_style_attributes_for_the_content_security_policy_to_block()
    {
        foreach (var url in new[] { "/", $"/?from={BigYear}-01-01&to={BigYear}-12-31", $"/?from={BigYear}-03-01&to={BigYear}-03-31" })
        {
            var (_, page) = await app.GetPage(url);
            Assert.Empty(page.QuerySelectorAll(".facet-dates [style]"));
            Assert.DoesNotMatch(new Regex("<style", RegexOptions.IgnoreCase), page.QuerySelector(".facet-dates")!.InnerHtml);
        }
    }
}

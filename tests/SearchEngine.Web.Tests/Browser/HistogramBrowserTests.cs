using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.SkewedYearsCorpus;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>
/// The date histogram in Debian's Chromium, on a desktop and on a phone, over an archive with one huge year: small
/// years stay visible, the axis is labelled without overlaps, a year's bar zooms to its months, a bar tells its count.
/// </summary>
public sealed class HistogramBrowserTests(SkewedYearsBrowserApp app) : IClassFixture<SkewedYearsBrowserApp>
{
    private const int Years = LastYear - FirstYear + 1;

    private static ILocator Bar(IPage page, string from) => page.Locator($"svg.histogram a.bar[data-from='{from}']");

    private async Task<(BrowserPage Browser, IPage Page)> Open(int width, string path = "/")
    {
        var browser = await app.NewPage(width, width < 600 ? 844 : 900);
        var page = browser.Page;
        await page.GotoAsync(path);
        await ShowChart(page);
        return (browser, page);
    }

    /// <summary>On a phone the chart sits in the filters panel, behind the "Filters" button: open it when the chart is hidden.</summary>
    private static async Task ShowChart(IPage page)
    {
        var chart = page.Locator("svg.histogram");
        await chart.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        if (!await chart.IsVisibleAsync()) await page.Locator("label.filters-button").ClickAsync();
        await chart.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(chart).ToBeVisibleAsync();
    }

    private static async Task<double> FillHeight(IPage page, string from) =>
        (await Bar(page, from).Locator("rect.bar-fill").BoundingBoxAsync())?.Height ?? 0;

    /// <summary>The axis labels of each row lie inside the chart, left to right, each clear of the next.</summary>
    private static async Task<List<(string Text, LocatorBoundingBoxResult Box)>> AssertAxisLabelsFit(IPage page)
    {
        var chart = (await page.Locator("svg.histogram").BoundingBoxAsync())!;
        var all = new List<(string Text, LocatorBoundingBoxResult Box)>();
        foreach (var row in new[] { "row-0", "row-1" })
        {
            var labels = new List<(string Text, LocatorBoundingBoxResult Box)>();
            foreach (var label in await page.Locator($".histogram-x text.tick-label.{row}").AllAsync())
                labels.Add((await label.TextContentAsync() ?? "", (await label.BoundingBoxAsync())!));
            for (var i = 0; i < labels.Count; i++)
            {
                var (text, box) = labels[i];
                Assert.True(box.Width > 0 && box.Height > 0, $"'{text}' is not drawn");
                Assert.True(box.X >= chart.X - 1 && box.X + box.Width <= chart.X + chart.Width + 1,
                    $"'{text}' ({box.X:0}–{box.X + box.Width:0}) runs outside the chart ({chart.X:0}–{chart.X + chart.Width:0})");
                if (i > 0)
                    Assert.True(box.X >= labels[i - 1].Box.X + labels[i - 1].Box.Width,
                        $"'{text}' overlaps '{labels[i - 1].Text}'");
            }
            all.AddRange(labels);
        }
        return all;
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_small_years_bar_has_visible_height_beside_the_big_year(int width)
    {
        var (browser, page) = await Open(width);
        await using var _ = browser;
        await Assertions.Expect(page.Locator("svg.histogram a.bar")).ToHaveCountAsync(Years);

        var big = await FillHeight(page, $"{BigYear}-01-01");
        var one = await FillHeight(page, "1999-01-01");
        var forty = await FillHeight(page, "1994-01-01");
        Assert.True(one >= 6 && one >= big / 10, $"a year of 1 article is {one:0.#}px high beside {big:0.#}px for {BigYearCount}");
        Assert.True(forty >= big / 2, $"a year of 40 articles is {forty:0.#}px high beside {big:0.#}px");
        await Assertions.Expect(page.Locator("#facet-date-h .facet-note")).ToHaveTextAsync("articles per year · log scale");
        Assert.Equal(["10", "100"], await page.Locator(".histogram-y text").AllTextContentsAsync());
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_axis_is_labelled_with_round_years_under_their_bars(int width)
    {
        var (browser, page) = await Open(width);
        await using var _ = browser;

        var labels = await AssertAxisLabelsFit(page);
        Assert.Equal(["1990", "1995", "2000"], labels.Select(l => l.Text));
        foreach (var (text, box) in labels)
        {
            var bar = (await Bar(page, $"{text}-01-01").Locator("rect.bar-hit").BoundingBoxAsync())!;
            var middle = box.X + box.Width / 2;
            Assert.True(middle >= bar.X && middle <= bar.X + bar.Width, $"'{text}' is not under its bar");
        }
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Clicking_a_year_bar_shows_that_years_months_and_the_trail_leads_back(int width)
    {
        var (browser, page) = await Open(width);
        await using var _ = browser;

        await Bar(page, $"{BigYear}-01-01").Locator("rect.bar-hit").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"from={BigYear}-01-01&to={BigYear}-12-31"));
        await Assertions.Expect(page.Locator("#total strong")).ToHaveTextAsync(BigYearCount.ToString());
        await ShowChart(page);
        await Assertions.Expect(page.Locator("svg.histogram a.bar")).ToHaveCountAsync(12);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"{BigYear}-{m:00}-01"),
            await page.Locator("svg.histogram a.bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('data-from'))"));
        await Assertions.Expect(page.Locator("#facet-date-h .facet-note")).ToHaveTextAsync("articles per month · log scale");
        var labels = await AssertAxisLabelsFit(page);
        Assert.Equal(["Jan", "Mar", "May", "Jul", "Sep", "Nov", $"{BigYear}"], labels.Select(l => l.Text));
        Assert.True(await FillHeight(page, $"{BigYear}-02-01") >= await FillHeight(page, $"{BigYear}-03-01") / 5);

        await page.Locator("nav.histogram-zoom a", new() { HasText = "All dates" }).ClickAsync();
        await Assertions.Expect(page.Locator("#total strong")).ToHaveTextAsync(app.Docs.Count.ToString());
        await ShowChart(page);
        await Assertions.Expect(page.Locator("svg.histogram a.bar")).ToHaveCountAsync(Years);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Dragging_across_years_filters_to_them_and_shows_their_months(int width)
    {
        var (browser, page) = await Open(width);
        await using var _ = browser;
        var from = (await Bar(page, "1991-01-01").Locator("rect.bar-hit").BoundingBoxAsync())!;
        var to = (await Bar(page, "1994-01-01").Locator("rect.bar-hit").BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 5 });
        await page.Mouse.UpAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=1991-01-01&to=1994-12-31"));
        await Assertions.Expect(page.Locator("#total strong")).ToHaveTextAsync((CountIn(1991) + CountIn(1994)).ToString());
        await ShowChart(page);
        await Assertions.Expect(page.Locator("svg.histogram a.bar")).ToHaveCountAsync(4 * 12);
        await Assertions.Expect(page.Locator("nav.histogram-zoom [aria-current]")).ToHaveTextAsync("1991–1994");
        await AssertAxisLabelsFit(page);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_bar_tells_its_dates_and_exact_count_on_hover_and_focus(int width)
    {
        var (browser, page) = await Open(width);
        await using var _ = browser;
        var bar = Bar(page, "1994-01-01");
        const string Told = "1994: 40 articles";

        Assert.Equal(Told, await bar.Locator("title").TextContentAsync());
        Assert.Equal(Told, await bar.GetAttributeAsync("aria-label"));
        var readout = page.Locator(".facet-dates .histogram-readout");
        var idle = $"Busiest year: {BigYear}, {BigYearCount} articles";
        await Assertions.Expect(readout).ToHaveTextAsync(idle);

        await bar.Locator("rect.bar-hit").HoverAsync();
        await Assertions.Expect(readout).ToHaveTextAsync(Told);
        await page.Locator("#facet-date-h").HoverAsync();
        await Assertions.Expect(readout).ToHaveTextAsync(idle);

        await Bar(page, "1999-01-01").FocusAsync();
        await Assertions.Expect(readout).ToHaveTextAsync("1999: 1 article");
        Assert.Empty(browser.Errors);
    }
}

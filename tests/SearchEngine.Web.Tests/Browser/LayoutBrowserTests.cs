using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchEngine.Web.Tests.Search;
using static SearchEngine.Web.Tests.Support.NewsCorpus;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>The pages as a new user saw them in Chromium, at a desktop width (1280 px) and a phone width (390 px).</summary>
public sealed class LayoutBrowserTests(NewsBrowserApp app) : IClassFixture<NewsBrowserApp>
{
    public const int Phone = 390;
    public const int Desktop = 1280;

    private static Task WaitForTotal(IPage page, int total) =>
        Assertions.Expect(page.Locator("#total strong")).ToHaveTextAsync(total.ToString());

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not laid out: " + locator);

    private static async Task AssertFitsTheScreen(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
    }

    private static void AssertNothingWentWrong(BrowserPage browser)
    {
        Assert.Empty(browser.Errors);
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task On_a_phone_the_filters_open_from_a_button_under_the_search_box_and_stay_open_through_swaps()
    {
        await using var browser = await app.NewPage(width: Phone, height: 844);
        var page = browser.Page;
        await page.GotoAsync("/");
        await WaitForTotal(page, app.Docs.Count);
        var button = page.Locator("label.filters-button");
        var outlets = page.Locator("#facet-outlet");

        // The button comes right under the header, before any result; the facets are closed.
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(button).ToHaveTextAsync("Filters");
        var header = await Box(page.Locator("header.topbar"));
        var buttonBox = await Box(button);
        Assert.InRange(buttonBox.Y, header.Y + header.Height, header.Y + header.Height + 40);
        Assert.True(buttonBox.Y < (await Box(page.Locator(".hit").First)).Y);
        await Assertions.Expect(outlets).ToBeHiddenAsync();

        // Open: the facets are on the first screen, above the results.
        await button.ClickAsync();
        await Assertions.Expect(outlets).ToBeVisibleAsync();
        Assert.True((await Box(outlets)).Y < 844, "the outlet facet should be on the first screen");
        Assert.True((await Box(outlets)).Y < (await Box(page.Locator(".hit").First)).Y);

        // A facet swaps the results; the panel stays open and the button counts the filters.
        await page.Locator($"#facet-outlet a.facet-value[data-value='{Harbor}']").ClickAsync();
        await WaitForTotal(page, app.Docs.Count(d => d.Outlet == Harbor));
        await Assertions.Expect(outlets).ToBeVisibleAsync();
        await Assertions.Expect(button.Locator(".filters-count")).ToHaveTextAsync("1 active");
        await page.Locator($"#facet-person a.facet-value[data-value='{Delgado}']").ClickAsync();
        await WaitForTotal(page, app.Docs.Count(d => d.Outlet == Harbor && d.Persons.Contains(Delgado)));
        await Assertions.Expect(button.Locator(".filters-count")).ToHaveTextAsync("2 active");

        // Back restores the previous results with the panel as it was.
        await page.GoBackAsync();
        await WaitForTotal(page, app.Docs.Count(d => d.Outlet == Harbor));
        await Assertions.Expect(outlets).ToBeVisibleAsync();
        await Assertions.Expect(button.Locator(".filters-count")).ToHaveTextAsync("1 active");

        // "Show N articles" at the foot of the panel closes it.
        await page.Locator("label.filters-done").ClickAsync();
        await Assertions.Expect(outlets).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await AssertFitsTheScreen(page);
        AssertNothingWentWrong(browser);
    }

    [Fact]
    public async Task On_a_phone_the_filters_button_works_without_javascript()
    {
        await using var browser = await app.NewPage(width: Phone, height: 844, javaScript: false);
        var page = browser.Page;
        await page.GotoAsync("/?q=harbor");
        await Assertions.Expect(page.Locator("#facet-outlet")).ToBeHiddenAsync();
        await page.Locator("label.filters-button").ClickAsync();
        await Assertions.Expect(page.Locator("#facet-outlet")).ToBeVisibleAsync();
        await page.Locator($"#facet-outlet a.facet-value[data-value='{Harbor}']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("outlet="));
        await WaitForTotal(page, app.Docs.Count(d => d.Has("harbor") && d.Outlet == Harbor));
        await Assertions.Expect(page.Locator("label.filters-button .filters-count")).ToHaveTextAsync("1 active");
        AssertNothingWentWrong(browser);
    }

    [Fact]
    public async Task On_a_desktop_the_facets_stay_open_in_the_sidebar_and_there_is_no_filters_button()
    {
        await using var browser = await app.NewPage(width: Desktop);
        var page = browser.Page;
        await page.GotoAsync("/?q=harbor");
        await WaitForTotal(page, app.Docs.Count(d => d.Has("harbor")));
        await Assertions.Expect(page.Locator("label.filters-button")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#filters-open")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("label.filters-done")).ToBeHiddenAsync();
        var facets = await Box(page.Locator("#facet-outlet"));
        var hits = await Box(page.Locator(".hits"));
        Assert.True(facets.X + facets.Width <= hits.X, "the facets should be in a column left of the results");
        Assert.True((await Box(page.Locator("aside#filters"))).Y < 150, "the sidebar should start at the top");
        Assert.True(facets.Y < 900, "the outlet facet should be on the first screen");
        AssertNothingWentWrong(browser);
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_count_line_is_its_parts_joined_once_and_coverage_sits_in_a_row_not_alone(int width)
    {
        await using var browser = await app.NewPage(width: width, height: 900);
        var page = browser.Page;
        await page.GotoAsync("/?q=ferry OR harbor");
        var total = app.Docs.Count(d => d.Has("ferry") || d.Has("harbor"));
        await WaitForTotal(page, total);

        var line = await page.Locator("p.total").InnerTextAsync();
        Assert.Matches(new Regex($@"^{total} articles · \d+ stor(y|ies) · \d+ ms$"), line.Trim());
        // No separator drawn by CSS, which the text above would not show.
        var generated = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.toolbar, .toolbar *')].flatMap(el => ['::before', '::after']
                .map(p => getComputedStyle(el, p).content).filter(c => c !== 'none' && c !== 'normal' && c !== '""')
                .map(c => el.className + ' ' + c))
            """);
        Assert.Empty(generated);

        var count = await Box(page.Locator("p.total"));
        var coverage = await Box(page.Locator("a.coverage-link"));
        var export = await Box(page.Locator(".export"));
        var toolbar = await Box(page.Locator(".toolbar"));
        static double Middle(LocatorBoundingBoxResult box) => box.Y + box.Height / 2;
        // Coverage shares its row with the exports: beside the count on a desktop, under it at the left on a phone.
        Assert.InRange(Middle(coverage), Middle(export) - 4, Middle(export) + 4);
        if (width == Desktop)
            Assert.InRange(Middle(coverage), Middle(count) - 6, Middle(count) + 6);
        else
            Assert.InRange(coverage.X, toolbar.X, toolbar.X + 2);
        await AssertFitsTheScreen(page);
        AssertNothingWentWrong(browser);
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_coverage_page_has_the_search_page_header_and_controls(int width)
    {
        await using var browser = await app.NewPage(width: width, height: 900);
        var page = browser.Page;
        await page.GotoAsync("/?q=ferry");
        await WaitForTotal(page, 2);
        var searchHeader = await Box(page.Locator("header.topbar"));
        var searchBox = await Box(page.Locator("#q"));

        await page.Locator("a.coverage-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/coverage\?q=ferry$"));
        await Assertions.Expect(page.Locator("h1#coverage-h")).ToHaveTextAsync("Coverage of ferry");
        Assert.Equal(searchHeader.Height, (await Box(page.Locator("header.topbar"))).Height, 1);
        Assert.Equal(searchBox.Height, (await Box(page.Locator("#q"))).Height, 1);
        Assert.Equal(searchBox.Width, (await Box(page.Locator("#q"))).Width, 1);
        Assert.Equal(0, await page.Locator("main select, main input, main button").CountAsync());
        await Assertions.Expect(page.Locator(".cluster .hit-meta")).ToHaveTextAsync(
            "2 articles · 2 outlets: Harbor Ledger, Summit Times · first published 1 Sep 2025 · both match the search");
        await Assertions.Expect(page.Locator("ol.members > li").First).ToContainTextAsync("origin");
        await Assertions.Expect(page.Locator("ol.members > li").First).Not.ToContainTextAsync("like the");
        foreach (var pill in await page.Locator("nav.grouping .group-option").AllAsync())
            Assert.True((await Box(pill)).Height < 40, "a level should fit on one line");

        // The level pills and the header's form stay on the coverage page.
        await page.Locator("nav.grouping a.group-option", new() { HasText = "near-duplicates" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/coverage\?q=ferry&level=near$"));
        await Assertions.Expect(page.Locator("nav.grouping .current")).ToHaveTextAsync("near-duplicates");
        await page.Locator("#q").FillAsync("harbor");
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/coverage\?q=harbor&level=near$"));
        await AssertFitsTheScreen(page);
        AssertNothingWentWrong(browser);
    }

    [Theory]
    [InlineData(Desktop, 5_000)]
    [InlineData(Phone, 20_000)]
    public async Task A_query_far_over_the_limit_typed_in_the_box_gets_the_message(int width, int length)
    {
        await using var browser = await app.NewPage(width: width, height: 900);
        var page = browser.Page;
        await page.GotoAsync("/?q=harbor");
        await WaitForTotal(page, app.Docs.Count(d => d.Has("harbor")));

        await page.Locator("#q").FillAsync(LongQueryTests.Pasted(length));
        await Assertions.Expect(page.Locator(".query-error")).ToContainTextAsync($"the query is {length} characters long; the limit is 2000");
        // Once more from there, when htmx repeats the long address in its headers.
        await page.Locator("#q").FillAsync(LongQueryTests.Pasted(length + 10));
        await Assertions.Expect(page.Locator(".query-error")).ToContainTextAsync($"the query is {length + 10} characters long");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".query-error")).ToContainTextAsync($"the query is {length + 10} characters long");
        await AssertFitsTheScreen(page);
        AssertNothingWentWrong(browser);
    }
}

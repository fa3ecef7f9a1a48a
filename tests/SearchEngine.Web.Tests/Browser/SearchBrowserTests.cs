using Microsoft.Playwright;
using SearchEngine.Web.Tests.Support;
using static SearchEngine.Web.Tests.Support.NewsCorpus;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>The page in Debian's Chromium: htmx swaps results in place, facets and the histogram filter, history works.</summary>
public sealed class SearchBrowserTests(NewsBrowserApp app) : IClassFixture<NewsBrowserApp>
{
    private const string Marker = "window.__searchEngineMarker";

    private static Task SetMarker(IPage page) => page.EvaluateAsync($"() => {{ {Marker} = 'still here'; }}");

    private static async Task AssertNoReload(IPage page) =>
        Assert.Equal("still here", await page.EvaluateAsync<string?>($"() => {Marker} ?? null"));

    private static Task WaitForTotal(IPage page, int total) =>
        Assertions.Expect(page.Locator("#total strong")).ToHaveTextAsync(total.ToString());

    private static async Task<Dictionary<string, int>> OutletCounts(IPage page)
    {
        var counts = new Dictionary<string, int>();
        foreach (var link in await page.Locator("#facet-outlet a.facet-value").AllAsync())
            counts[(await link.GetAttributeAsync("data-value"))!] = int.Parse(await link.Locator(".facet-count").InnerTextAsync());
        return counts;
    }

    [Fact]
    public async Task Typing_a_query_shows_results_without_reloading_the_page()
    {
        await using var browser = await app.NewPage();
        var page = browser.Page;
        await page.GotoAsync("/");
        await WaitForTotal(page, app.Docs.Count);
        await SetMarker(page);

        await page.Locator("#q").PressSequentiallyAsync("wheat", new() { Delay = 30 });

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]q=wheat(&|$)"));
        await WaitForTotal(page, app.Docs.Count(d => d.Has("wheat")));
        var titles = await page.Locator(".hit-title a").AllInnerTextsAsync();
        Assert.Equal(app.Titles(d => d.Has("wheat")), titles.Order(StringComparer.Ordinal));
        await AssertNoReload(page);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Clicking_two_outlets_shows_either_and_keeps_the_outlet_counts()
    {
        await using var browser = await app.NewPage();
        var page = browser.Page;
        await page.GotoAsync("/");
        await SetMarker(page);
        var allOutlets = app.Docs.GroupBy(d => d.Outlet!).ToDictionary(g => g.Key, g => g.Count());

        await page.Locator($"#facet-outlet a.facet-value[data-value='{Harbor}']").ClickAsync();
        await WaitForTotal(page, allOutlets[Harbor]);
        await page.Locator($"#facet-outlet a.facet-value[data-value='{Prairie}']").ClickAsync();
        await WaitForTotal(page, allOutlets[Harbor] + allOutlets[Prairie]);

        Assert.Contains($"outlet={Uri.EscapeDataString(Prairie)}", page.Url, StringComparison.Ordinal);
        Assert.Contains($"outlet={Uri.EscapeDataString(Harbor)}", page.Url, StringComparison.Ordinal);
        Assert.Equal(allOutlets, await OutletCounts(page));
        Assert.Equal(2, await page.Locator("#facet-outlet a.facet-value.selected").CountAsync());
        var persons = app.Docs.Where(d => d.Outlet is Harbor or Prairie).Count(d => d.Persons.Contains(Delgado));
        Assert.Equal(persons.ToString(), await page.Locator($"#facet-person a.facet-value[data-value='{Delgado}'] .facet-count").InnerTextAsync());
        await Assertions.Expect(page.Locator(".chips a.chip")).ToHaveCountAsync(2);
        await AssertNoReload(page);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Clicking_a_histogram_bar_filters_to_its_dates()
    {
        await using var browser = await app.NewPage();
        var page = browser.Page;
        await page.GotoAsync("/");
        await SetMarker(page);

        await page.Locator("svg.histogram a.bar[data-from='2025-03-01'] rect.bar-hit").ClickAsync();

        await WaitForTotal(page, app.Docs.Count(d => d.Date is { Year: 2025, Month: 3 }));
        Assert.Contains("from=2025-03-01", page.Url, StringComparison.Ordinal);
        Assert.Contains("to=2025-03-31", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("2025-03-01 – 2025-03-31");
        await AssertNoReload(page);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Back_restores_the_previous_search_and_forward_returns()
    {
        await using var browser = await app.NewPage();
        var page = browser.Page;
        var harborCount = app.Docs.Count(d => d.Has("harbor"));
        await page.GotoAsync("/?q=harbor");
        await WaitForTotal(page, harborCount);

        await page.Locator($"#facet-outlet a.facet-value[data-value='{Harbor}']").ClickAsync();
        var filtered = app.Docs.Count(d => d.Has("harbor") && d.Outlet == Harbor);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("outlet="));
        await WaitForTotal(page, filtered);
        await page.Locator("#q").FillAsync("wheat");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=wheat"));
        await WaitForTotal(page, app.Docs.Count(d => d.Has("wheat") && d.Outlet == Harbor));

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=harbor.*outlet="));
        await WaitForTotal(page, filtered);
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("harbor");

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/\?q=harbor$"));
        await WaitForTotal(page, harborCount);
        Assert.Equal(0, await page.Locator("#facet-outlet a.facet-value.selected").CountAsync());

        await page.GoForwardAsync();
        await WaitForTotal(page, filtered);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Opening_an_article_shows_its_text_and_metadata()
    {
        await using var browser = await app.NewPage();
        var page = browser.Page;
        await page.GotoAsync("/?q=dredging");
        var doc = app.Doc("d1.txt");

        await page.Locator(".hit-title a", new() { HasText = doc.Title }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/[0-9a-f]+$"));
        await Assertions.Expect(page.Locator("h1#article-title")).ToHaveTextAsync(doc.Title);
        await Assertions.Expect(page.Locator(".article-text")).ToContainTextAsync("approved the harbor dredging plan");
        await Assertions.Expect(page.Locator(".article-meta")).ToContainTextAsync(Harbor);
        await Assertions.Expect(page.Locator(".person-list")).ToContainTextAsync(Delgado);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Script_in_article_text_is_shown_as_text_and_never_runs()
    {
        await using var browser = await app.NewPage();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.Locator("#q").FillAsync("defaced OR onerror");
        await Assertions.Expect(page.Locator(".hit-title a")).ToHaveCountAsync(app.Docs.Count(d => d.Has("defaced") || d.Has("onerror")));
        await Assertions.Expect(page.Locator(".hit-title a").First).ToContainTextAsync("<script>alert(1)</script>");

        await page.Locator(".hit-title a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1#article-title")).ToContainTextAsync("<script>alert(1)</script>");
        await Assertions.Expect(page.Locator(".article-text")).ToContainTextAsync("<img src=x onerror=alert(2)>");
        Assert.Equal(0, await page.Locator("main img, main script, main b").CountAsync());

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("<script>alert(3)</script>"));
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("<script>alert(3)</script>");
        // htmx runs the scripts of a fragment it swaps in, so the query goes through a swap as well. The test waits for
        // that swap to settle, not for a guessed time; a dialog opened by a script blocks the page until dismissed, so
        // once the page answers after the swap every dialog has been reported.
        await page.EvaluateAsync("() => { window.__settled = 0; document.body.addEventListener('htmx:afterSettle', () => window.__settled++); }");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.__settled > 0");
        Assert.Empty(browser.Dialogs);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_results_fit_a_phone_width_screen()
    {
        await using var browser = await app.NewPage(width: 390, height: 844);
        var page = browser.Page;
        await page.GotoAsync("/?q=harbor");
        await WaitForTotal(page, app.Docs.Count(d => d.Has("harbor")));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen");
    }
}

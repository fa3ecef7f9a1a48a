using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SearchEngine.Web.Tests.Support.NewsCorpus;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>
/// The Content-Security-Policy allows styles only from the stylesheet. Clicking through every kind of page and swap at
/// both widths, nothing applies an inline style: no style attribute or element is ever in the page (one put there by a
/// script would also come back through htmx's history snapshot on Back), htmx's own indicator style is off, and the
/// browser reports no violation.
/// </summary>
public sealed class InlineStyleBrowserTests(NewsBrowserApp app) : IClassFixture<NewsBrowserApp>
{
    private const string Query = "harbor OR ferry OR wheat";

    private static Task WaitForTotal(IPage page, int total) =>
        Assertions.Expect(page.Locator("#total strong")).ToHaveTextAsync(total.ToString());

    private static async Task AssertNoInlineStyle(IPage page, string step)
    {
        var styled = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[style], style')].map(e => e.outerHTML.slice(0, 120))");
        Assert.True(styled.Length == 0, $"after {step}: {string.Join(" | ", styled)}");
        var indicatorStyles = await page.EvaluateAsync<bool?>("() => window.htmx ? window.htmx.config.includeIndicatorStyles : null");
        Assert.True(indicatorStyles is null or false, $"after {step}: htmx would add its indicator <style>");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Clicking_through_search_facets_grouping_paging_coverage_and_articles_applies_no_inline_style(int width)
    {
        await using var browser = await app.NewPage(width: width, height: 900);
        var page = browser.Page;
        var matches = app.Docs.Where(d => d.Has("harbor") || d.Has("ferry") || d.Has("wheat")).ToList();

        await page.GotoAsync("/?size=3");
        await WaitForTotal(page, app.Docs.Count);
        await AssertNoInlineStyle(page, "the first page");
        if (width < 800)
        {
            await page.Locator("label.filters-button").ClickAsync();
            await Assertions.Expect(page.Locator("#facet-outlet")).ToBeVisibleAsync();
        }

        await page.Locator("#q").FillAsync(Query);
        await WaitForTotal(page, matches.Count);
        await AssertNoInlineStyle(page, "typing a query");

        await page.Locator($"#facet-outlet a.facet-value[data-value='{Harbor}']").ClickAsync();
        await WaitForTotal(page, matches.Count(d => d.Outlet == Harbor));
        await AssertNoInlineStyle(page, "a facet");

        await page.Locator(".chips a.chip").ClickAsync();
        await WaitForTotal(page, matches.Count);
        await AssertNoInlineStyle(page, "removing the chip");

        await page.Locator("a.group-option", new() { HasText = "stories" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav.grouping .current")).ToHaveTextAsync("stories");
        var more = page.Locator("details.more summary");
        if (await more.CountAsync() > 0)
        {
            await more.First.ClickAsync();
            await Assertions.Expect(page.Locator("details.more[open]")).ToHaveCountAsync(1);
        }
        await AssertNoInlineStyle(page, "grouping");

        await page.Locator("a.sort-option", new() { HasText = "newest" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav.sort .current")).ToHaveTextAsync("newest");
        await page.Locator(".pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator(".pager .current")).ToHaveTextAsync("2");
        await AssertNoInlineStyle(page, "sorting and paging");

        await page.Locator("svg.histogram a.bar rect.bar-hit").Last.ClickAsync();
        await Assertions.Expect(page.Locator(".chips .chip")).ToContainTextAsync("Date");
        await AssertNoInlineStyle(page, "a histogram bar");

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(".pager .current")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator(".chips")).ToHaveCountAsync(0);
        await page.GoForwardAsync();
        await Assertions.Expect(page.Locator(".chips .chip")).ToContainTextAsync("Date");
        await AssertNoInlineStyle(page, "Back and Forward");

        await page.GotoAsync("/?q=ferry");
        await page.Locator("a.coverage-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1#coverage-h")).ToBeVisibleAsync();
        await AssertNoInlineStyle(page, "the coverage page");
        await page.Locator("nav.grouping a.group-option", new() { HasText = "near-duplicates" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav.grouping .current")).ToHaveTextAsync("near-duplicates");
        await page.Locator("nav.grouping a.group-option", new() { HasText = "same story" }).ClickAsync();
        await page.Locator(".cluster h2 a").ClickAsync();
        await Assertions.Expect(page.Locator("h1#article-title")).ToBeVisibleAsync();
        await AssertNoInlineStyle(page, "an article page");

        await page.Locator("section.duplicates a[href^='/compare/']").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1#compare-h")).ToBeVisibleAsync();
        await AssertNoInlineStyle(page, "the compare page");
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("h1#article-title")).ToBeVisibleAsync();

        // The article's JSON, which the browser shows in its own viewer.
        await page.Locator(".article-meta a", new() { HasText = "JSON" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/api/articles/[0-9a-f]+$"));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("\"sourcePath\"");

        Assert.Empty(browser.PolicyViolations);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_check_sees_an_inline_style_when_one_is_applied()
    {
        await using var browser = await app.NewPage();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => document.body.setAttribute('style', 'color: red')"),
            new() { Predicate = message => message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) });
        Assert.NotEmpty(browser.PolicyViolations);
    }
}

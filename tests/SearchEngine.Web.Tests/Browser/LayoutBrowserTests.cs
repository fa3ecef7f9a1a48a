using System.Text.RegularExpressions;
using Microsoft.Playwright;

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
}

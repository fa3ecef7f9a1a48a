using Microsoft.Playwright;
using SearchEngine.Web.Tests.Search;

namespace SearchEngine.Web.Tests.Browser;

/// <summary>Grouped results in the browser, at both widths: the "+N more" line is true of the articles it opens.</summary>
public sealed class GroupedRowBrowserTests(WireCopiesBrowserApp app) : IClassFixture<WireCopiesBrowserApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Each_more_line_names_an_outlet_only_for_the_articles_from_it(int width)
    {
        await using var browser = await app.NewPage(width: width, height: 900);
        var page = browser.Page;
        await page.GotoAsync("/?sort=oldest");
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(app.Docs.Count);

        await page.Locator("a.group-option", new() { HasText = "copies" }).ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(WireCopiesApp.Printers.Count);
        ILocator Row(string story) => page.Locator("li.hit", new() { Has = page.Locator(".hit-title", new() { HasText = $"The {story} story" }) });
        await Assertions.Expect(Row("dam").Locator("details.more summary")).ToHaveTextAsync("+2 more: 1 from Newsmax, 1 outlet unknown");
        await Assertions.Expect(Row("bridge").Locator("details.more summary")).ToHaveTextAsync("+2 more: 1 from Fox News, 1 from Newsmax");
        await Assertions.Expect(Row("orchard").Locator("details.more summary")).ToHaveTextAsync("+2 more from Newsmax");

        await Row("dam").Locator("details.more summary").ClickAsync();
        var opened = Row("dam").Locator("details.more li");
        await Assertions.Expect(opened).ToHaveCountAsync(2);
        await Assertions.Expect(opened.Filter(new() { HasText = "Newsmax" })).ToHaveCountAsync(1);
        await Assertions.Expect(opened.Filter(new() { HasText = "unknown outlet" })).ToHaveCountAsync(1);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        Assert.Empty(browser.Errors);
        Assert.Empty(browser.PolicyViolations);
    }
}

using Microsoft.Playwright;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Browser;

public sealed class AllsidesScreenshotTests(AllsidesBrowserApp app) : IClassFixture<AllsidesBrowserApp>
{
    /// <summary><c>artifacts/</c> beside the test assembly: in the build output, so a run leaves the checkout as it was.</summary>
    private static string ArtifactsFolder() => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public async Task Results_page_over_the_allsides_sample_is_saved_as_a_screenshot()
    {
        await using var browser = await app.NewPage(width: 1280, height: 900);
        var page = browser.Page;
        var (_, api) = await app.GetJson("/api/search?q=immigration&size=1");
        var total = api.GetProperty("total").GetInt32();
        Assert.True(total > 10, $"expected more than a page of matches for 'immigration', got {total}");

        await page.GotoAsync("/?q=immigration");
        await Assertions.Expect(page.Locator("#total strong")).ToHaveTextAsync(total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, await page.Locator(".hit").CountAsync());
        Assert.True(await page.Locator(".hit-snippet mark").CountAsync() > 0);
        Assert.True(await page.Locator("#facet-outlet a.facet-value").CountAsync() > 1);
        Assert.True(await page.Locator("svg.histogram a.bar").CountAsync() > 0);

        var folder = ArtifactsFolder();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "results-allsides.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
        Assert.Empty(browser.Errors);
        TestContext.Current.SendDiagnosticMessage($"Screenshot saved to {path}");
    }
}

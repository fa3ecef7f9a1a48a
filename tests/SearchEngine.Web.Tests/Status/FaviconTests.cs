using System.Net;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Status;

/// <summary>The site's icon: linked from every page, and found at /favicon.ico, where browsers and tools look without asking.</summary>
public sealed class FaviconTests(NewsApp app) : IClassFixture<NewsApp>
{
    [Fact]
    public async Task Favicon_ico_leads_to_the_svg_icon_every_page_links()
    {
        var (redirect, _) = await app.GetRaw("/favicon.ico");
        using (redirect)
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
            Assert.Equal("/favicon.svg", redirect.Headers.Location!.OriginalString);
        }
        var (icon, body) = await app.GetRaw("/favicon.svg");
        using (icon)
        {
            Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
            Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        }
        Assert.StartsWith("<svg", body.TrimStart(), StringComparison.Ordinal);

        var (_, page) = await app.GetPage("/?q=ferry");
        Assert.Equal("/favicon.svg", page.QuerySelector("head link[rel=icon]")!.GetAttribute("href"));
    }
}

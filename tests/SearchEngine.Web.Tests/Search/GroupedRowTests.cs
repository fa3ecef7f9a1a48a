using AngleSharp.Dom;

namespace SearchEngine.Web.Tests.Search;

/// <summary>Grouped results: each cluster is one row whose "+N more" line is true of the articles it opens.</summary>
public sealed class GroupedRowTests(WireCopiesApp app) : IClassFixture<WireCopiesApp>
{
    private async Task<IReadOnlyDictionary<string, IElement>> RowsByStory(string group)
    {
        var (_, page) = await app.GetPage($"/?group={group}&sort=oldest");
        var rows = page.QuerySelectorAll("li.hit");
        Assert.Equal(WireCopiesApp.Printers.Count, rows.Length);
        return rows.ToDictionary(row => row.QuerySelector(".hit-title")!.TextContent.Split(' ')[1]);
    }

    [Theory]
    [InlineData("near")]
    [InlineData("story")]
    public async Task The_more_line_names_an_outlet_only_for_the_articles_from_it(string group)
    {
        var rows = await RowsByStory(group);

        Assert.All(rows.Values, row => Assert.Equal(WireCopiesApp.Wire, row.QuerySelector(".hit-outlet")!.TextContent));
        Assert.Equal("+2 more: 1 from Newsmax, 1 outlet unknown", rows["dam"].QuerySelector("details.more summary")!.TextContent);
        Assert.Equal("+2 more: 1 from Fox News, 1 from Newsmax", rows["bridge"].QuerySelector("details.more summary")!.TextContent);
        Assert.Equal("+2 more from Newsmax", rows["orchard"].QuerySelector("details.more summary")!.TextContent);
        // The list it opens agrees with the line.
        Assert.Equal(["Newsmax", "unknown outlet"], rows["dam"].QuerySelectorAll("details.more li .muted")
            .Select(m => m.TextContent.Split(" · ")[0]).Order(StringComparer.Ordinal));
    }
}

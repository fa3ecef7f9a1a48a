using System.Net;
using SearchEngine.Web.Tests.Support;

namespace SearchEngine.Web.Tests.Coverage;

/// <summary>"Why these look like one story" on the compare page and the one-line reasons on the article page, over the sample corpus's three rewrites of one report.</summary>
public sealed class StoryEvidenceTests(SampleCorpusApp app) : IClassFixture<SampleCorpusApp>
{
    [Fact]
    public async Task Compare_of_two_rewrites_explains_above_the_columns_what_they_share()
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        var (status, page) = await app.GetPage($"/compare/{app.IdOfSeed("000")}/{app.IdOfSeed("002")}");

        Assert.Equal(HttpStatusCode.OK, status);
        var panel = page.QuerySelector("section.evidence")!;
        Assert.Equal("Why these look like one story", panel.QuerySelector("h2")!.TextContent);
        Assert.True(panel.CompareDocumentPosition(page.QuerySelector(".compare-columns")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var reasons = panel.QuerySelectorAll(".evidence-for li").Select(li => li.TextContent).ToList();
        var persons = Assert.Single(reasons, r => r.StartsWith("Both name ", StringComparison.Ordinal));
        Assert.Contains("Steve Witkoff", persons, StringComparison.Ordinal);
        Assert.Contains("Andriy Yermak", persons, StringComparison.Ordinal);
        Assert.Contains(reasons, r => r.Contains("“borders must not be changed by force”", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("Numbers in both: ", StringComparison.Ordinal) && r.Contains("19", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("Other names in both: ", StringComparison.Ordinal));
        Assert.Empty(panel.QuerySelectorAll(".evidence-against li"));
        Assert.Equal($"/api/compare?a={app.IdOfSeed("000")}&b={app.IdOfSeed("002")}", panel.QuerySelector("a[href^='/api/compare']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Compare_of_a_report_and_another_story_of_its_topic_shows_the_evidence_against()
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        var (_, page) = await app.GetPage($"/compare/{app.IdOfSeed("000")}/{app.IdOfSeed("003")}");

        var against = page.QuerySelectorAll("section.evidence .evidence-against li").Select(li => li.TextContent).ToList();
        Assert.Contains(against, a => a.StartsWith("Only the right one names Karoline Leavitt", StringComparison.Ordinal));
        Assert.Contains(against, a => a.StartsWith("Only the left one names Andriy Yermak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_article_page_gives_each_same_story_match_a_reason_linking_to_the_comparison()
    {
        if (app.SkipReason is { } reason) VisibleSkip.Because(reason);
        var id = app.IdOfSeed("000");
        var (_, page) = await app.GetPage($"/articles/{id}");

        var reasons = page.QuerySelectorAll("section.duplicates a.reason").ToList();
        Assert.Equal(
            new[] { $"/compare/{id}/{app.IdOfSeed("001")}", $"/compare/{id}/{app.IdOfSeed("002")}" },
            reasons.Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.All(reasons, a => Assert.Contains("shared people", a.TextContent, StringComparison.Ordinal));
        var to002 = reasons.Single(a => a.GetAttribute("href")!.EndsWith(app.IdOfSeed("002"), StringComparison.Ordinal));
        Assert.Contains("1 shared quote", to002.TextContent, StringComparison.Ordinal);
    }
}
